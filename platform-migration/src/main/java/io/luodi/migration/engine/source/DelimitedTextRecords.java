package io.luodi.migration.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming parser of delimited text (RFC 4180 and the usual departures from it), written over a char buffer for
 * speed: a record is parsed in place and only its fields become strings.
 * <ul>
 * <li>a field that starts with a quote runs to the closing quote, doubled quotes inside stand for one, delimiters
 * and line breaks inside are data; text between the closing quote and the next delimiter is kept;</li>
 * <li>a quote inside an unquoted field is data;</li>
 * <li>CRLF, LF and CR all end a record; a record's line is the physical line it starts on, line breaks inside
 * quotes counting too;</li>
 * <li>records whose fields are all blank (blank lines, {@code ,,,} rows) are skipped;</li>
 * <li>rows keep the width they have (ragged rows are the processor's business).</li>
 * </ul>
 * Bytes the encoding cannot decode become U+FFFD; reading never fails on content. A quoted field left open would
 * swallow the rest of a file: past {@link #MAX_RECORD_CHARS} the record is read again with quotes as plain text.
 */
final class DelimitedTextRecords implements RecordSource {

    static final int MAX_RECORD_CHARS = 4 << 20;
    private static final int BUFFER_CHARS = 1 << 16;

    private static final int NEED_MORE = -1;
    private static final int END = -2;

    private final CountingInputStream counted;
    private final Reader reader;
    private final long size;
    private final char delimiter;

    private char[] buffer = new char[BUFFER_CHARS];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean quotesAsText;
    private boolean started;
    private long line = 1;

    private String[] fields = new String[32];
    private int fieldCount;
    private int newlinesInRecord;

    /**
     * @param in the file's bytes after any byte-order mark
     * @param bomLength how many bytes were skipped before {@code in}, so positions are in bytes of the file
     */
    DelimitedTextRecords(InputStream in, int bomLength, long size, Charset charset, char delimiter) {
        this.counted = new CountingInputStream(in, bomLength);
        // Both replace malformed input with U+FFFD rather than throwing.
        this.reader = charset.equals(Gb18030Reader.GB18030)
                ? new Gb18030Reader(counted)
                : new InputStreamReader(counted, charset);
        this.size = size;
        this.delimiter = delimiter;
    }

    @Override
    public SourceRow nextRecord() throws IOException {
        while (true) {
            long start = line;
            int end = parseRecord();
            if (end == NEED_MORE) {
                fill();
                continue;
            }
            if (end == END) {
                return null;
            }
            pos = end;
            line += newlinesInRecord;
            quotesAsText = false;
            if (!isBlank()) {
                return new SourceRow(start, List.of(Arrays.copyOf(fields, fieldCount)));
            }
        }
    }

    /** Parses the record at {@code pos}: its end (after the line break), {@link #NEED_MORE} or {@link #END}. */
    private int parseRecord() {
        final char[] b = buffer;
        final int lim = limit;
        final char d = delimiter;
        int p = pos;
        fieldCount = 0;
        newlinesInRecord = 0;
        if (p >= lim) {
            return eof ? END : NEED_MORE;
        }
        while (true) {
            if (p >= lim) {
                if (!eof) {
                    return NEED_MORE;
                }
                // End of input right after a delimiter: the record ends with an empty field.
                addField("");
                return p;
            }
            String value;
            if (b[p] == '"' && !quotesAsText) {
                int close = p + 1;
                boolean doubled = false;
                while (true) {
                    if (close >= lim) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        break; // unterminated at the end of the file: the field runs to the end
                    }
                    char c = b[close];
                    if (c == '"') {
                        if (close + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (close + 1 < lim && b[close + 1] == '"') {
                            doubled = true;
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        newlinesInRecord++;
                    } else if (c == '\r') {
                        if (close + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (close + 1 >= lim || b[close + 1] != '\n') {
                            newlinesInRecord++;
                        }
                    }
                    close++;
                }
                value = doubled ? undouble(b, p + 1, close) : new String(b, p + 1, close - p - 1);
                p = Math.min(close + 1, lim);
                int rest = p;
                while (rest < lim && b[rest] != d && b[rest] != '\n' && b[rest] != '\r') {
                    rest++;
                }
                if (rest >= lim && !eof) {
                    return NEED_MORE;
                }
                if (rest > p) {
                    value = value + new String(b, p, rest - p);
                }
                p = rest;
            } else {
                int start = p;
                while (p < lim) {
                    char c = b[p];
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    p++;
                }
                if (p >= lim && !eof) {
                    return NEED_MORE;
                }
                value = p == start ? "" : new String(b, start, p - start);
            }
            addField(value);
            if (p >= lim) {
                return p;
            }
            char c = b[p];
            if (c == d) {
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                if (p + 1 < lim && b[p + 1] == '\n') {
                    p++;
                }
            }
            newlinesInRecord++;
            return p + 1;
        }
    }

    private void addField(String value) {
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fieldCount * 2);
        }
        fields[fieldCount++] = value;
    }

    private static String undouble(char[] b, int from, int to) {
        StringBuilder value = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            value.append(b[i]);
            if (b[i] == '"' && i + 1 < to && b[i + 1] == '"') {
                i++;
            }
        }
        return value.toString();
    }

    private boolean isBlank() {
        for (int i = 0; i < fieldCount; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the unparsed rest of the buffer, growing it when one record fills it, and reads more. */
    private void fill() throws IOException {
        int kept = limit - pos;
        if (pos == 0 && limit == buffer.length) {
            if (buffer.length >= MAX_RECORD_CHARS && !quotesAsText) {
                quotesAsText = true; // an unclosed quote: read this record again without quoting
                return;
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, kept);
        }
        pos = 0;
        limit = kept;
        int n = reader.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
            if (!started && limit > 0 && buffer[0] == '\uFEFF') {
                pos = 1; // a BOM the encoding named in the plan did not expect
            }
            started = true;
        }
    }

    @Override
    public long position() {
        return counted.count();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
