package io.luodi.migration.engine.source;

import io.luodi.migration.engine.plan.SourceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry point for file sources (CSV, TSV/TXT, XLSX): tells what a file is and opens a reader on it.
 * <p>
 * The format comes from the bytes (a ZIP is a workbook, whatever its name). The encoding of a text file is UTF-8
 * after a UTF-8 BOM or when the first 64 KB are valid UTF-8, UTF-16 after a UTF-16 BOM, GB18030 otherwise (called
 * GBK when no four-byte character shows). The delimiter is the one of {@code , \t ; |} counted the same number of
 * times on most lines; the header is the first record that looks like column names, title lines above it skipped.
 * A plan's {@link SourceSpec} overrides each of encoding, delimiter and header row ({@code headerRow} 0: no header,
 * columns named {@code column 1}...).
 * <p>
 * Problems the user can fix (not a table, an unknown encoding, an empty file, a header row past the end) are
 * {@link SourceFileException}s carrying a message key; a file that cannot be read at all is an {@link IOException}.
 */
public final class SourceFiles {

    /** How much of a file the encoding and delimiter are told from. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** How many more samples are taken, spread over the file, when the first is plain ASCII. */
    private static final int FURTHER_WINDOWS = 8;
    /** How many records after the header {@link #detect} shows. */
    public static final int PREVIEW_ROWS = 10;
    /** The encodings offered when the user overrides detection (any name Java knows is accepted too). */
    public static final List<String> ENCODINGS = List.of("UTF-8", "GBK", "GB18030", "UTF-16LE", "UTF-16BE");
    /** The delimiters detection chooses from (a plan may name any other character). */
    public static final List<Character> DELIMITERS = List.of(',', '\t', ';', '|');

    private SourceFiles() {
    }

    /** Detects everything about a file, for the user to confirm or override. */
    public static DetectedSource detect(Path file) throws IOException {
        return detect(file, null);
    }

    /** Detects what {@code overrides} leaves null (its encoding, delimiter and header row may each be given). */
    public static DetectedSource detect(Path file, SourceSpec overrides) throws IOException {
        try (Opened opened = openFile(file, overrides)) {
            List<SourceRow> preview = new ArrayList<>(PREVIEW_ROWS);
            for (SourceRow row; preview.size() < PREVIEW_ROWS && (row = opened.reader().next()) != null; ) {
                preview.add(row);
            }
            return new DetectedSource(opened.format(), opened.encoding(), opened.delimiter(),
                    opened.reader().headerRow(), opened.reader().header(), preview);
        }
    }

    /**
     * A reader over the records after the header, detecting what {@code spec} (which may be null) does not name.
     * The caller closes it.
     */
    public static SourceReader open(Path file, SourceSpec spec) throws IOException {
        return openFile(file, spec).reader();
    }

    private record Opened(SourceFormat format, String encoding, Character delimiter, HeaderedReader reader)
            implements AutoCloseable {

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static Opened openFile(Path file, SourceSpec spec) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        byte[] head = new byte[(int) Math.min(size, SAMPLE_BYTES)];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        boolean cut = length < size;
        Integer headerRow = spec == null ? null : spec.headerRow();
        if (TextEncoding.startsWith(head, 'P', 'K', 3, 4)) {
            return new Opened(SourceFormat.XLSX, null, null, headered(new XlsxRecords(file), headerRow, name));
        }
        if (TextEncoding.startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new SourceFileException("migration.source.legacyXls", name);
        }
        Optional<TextEncoding> bom = EncodingDetector.byBom(head);
        TextEncoding encoding;
        if (bom.isPresent()) {
            encoding = bom.get();
        } else if (spec != null && spec.encoding() != null && !spec.encoding().isBlank()) {
            encoding = TextEncoding.named(spec.encoding());
        } else {
            encoding = detectEncoding(file, head, length, size);
        }
        if (looksBinary(head, length, encoding)) {
            throw new SourceFileException("migration.source.notTabular", name);
        }
        char delimiter = spec != null && spec.delimiter() != null
                ? spec.delimiter()
                : DelimiterDetector.detect(decode(head, length, encoding), cut, name);
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        RecordSource records = new DelimitedTextRecords(in, encoding.bomLength(), size, encoding.charset(), delimiter);
        return new Opened(SourceFormat.TEXT, encoding.name(), delimiter, headered(records, headerRow, name));
    }

    /**
     * Tells the encoding from the first bytes, or, when they are all ASCII (codes and numbers first, Chinese text
     * further down), from windows spread over the rest of the file.
     */
    private static TextEncoding detectEncoding(Path file, byte[] head, int length, long size) throws IOException {
        if (length >= size || !EncodingDetector.isAscii(head, length)) {
            return EncodingDetector.detect(head, length, length < size);
        }
        byte[] window = new byte[SAMPLE_BYTES];
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            for (int i = 1; i <= FURTHER_WINDOWS; i++) {
                long at = Math.max(length, (size - SAMPLE_BYTES) * i / FURTHER_WINDOWS);
                channel.position(at);
                ByteBuffer buffer = ByteBuffer.wrap(window);
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // fill the window
                }
                int n = buffer.position();
                if (!EncodingDetector.isAscii(window, n)) {
                    int from = 0;
                    while (from < Math.min(3, n) && (window[from] & 0xC0) == 0x80) {
                        from++; // the window may start inside a character
                    }
                    return EncodingDetector.detectWithoutBom(window, from, n, at + n < size);
                }
            }
        }
        return EncodingDetector.detect(head, length, true);
    }

    private static HeaderedReader headered(RecordSource records, Integer headerRow, String name) throws IOException {
        try {
            HeaderedReader reader = new HeaderedReader(records, headerRow, name);
            if (reader.header().isEmpty()) {
                throw new SourceFileException("migration.source.empty", name);
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    private static String decode(byte[] head, int length, TextEncoding encoding) {
        int bom = Math.min(encoding.bomLength(), length);
        return new String(head, bom, length - bom, encoding.charset());
    }

    /** NUL bytes do not occur in text (outside UTF-16): a PDF, an image or a database file was uploaded. */
    private static boolean looksBinary(byte[] head, int length, TextEncoding encoding) {
        if (encoding.name().startsWith("UTF-16")) {
            return false;
        }
        int nul = 0;
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                nul++;
            }
        }
        return nul > 0 && nul * 100 >= length;
    }
}
