package io.luodi.migration.engine.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal pull scanner of a worksheet's XML, several times faster than the JDK's StAX parser on the large,
 * regular XML of a sheet: it walks the UTF-8 bytes, reports start and end tags by local name (prefixes ignored),
 * gives attribute values and element text with entities and CDATA resolved. Comments and processing
 * instructions are skipped; a DOCTYPE is refused, as a worksheet has none and entities could read server files.
 */
final class SheetXmlScanner {

    static final int START = 1;
    static final int END = 2;
    static final int DONE = -1;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private int nameStart;
    private int nameEnd;
    private int attributesStart;
    private int attributesEnd;
    private boolean emptyElement;
    private boolean pendingEnd;
    private byte[] text = new byte[256];

    SheetXmlScanner(InputStream in) {
        this.in = in;
    }

    /** Moves to the next start or end tag; a self-closing tag gives a start, then an end. */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return END;
        }
        while (true) {
            int lt = indexOf((byte) '<', pos);
            if (lt < 0) {
                pos = limit;
                if (!fill()) {
                    return DONE;
                }
                continue;
            }
            pos = lt;
            if (!ensure(2)) {
                return DONE;
            }
            byte second = buffer[pos + 1];
            if (second == '?') {
                skipPast("?>");
            } else if (second == '!') {
                skipDeclaration();
            } else {
                return readTag();
            }
        }
    }

    /** Whether the tag just read has this local name. */
    boolean nameIs(String localName) {
        int length = nameEnd - nameStart;
        if (length != localName.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[nameStart + i] != localName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value of an unprefixed attribute of the start tag just read, or null; call before reading on. */
    String attribute(String name) {
        int p = attributesStart;
        while (p < attributesEnd) {
            while (p < attributesEnd && isSpace(buffer[p])) {
                p++;
            }
            int keyStart = p;
            while (p < attributesEnd && buffer[p] != '=' && !isSpace(buffer[p])) {
                p++;
            }
            int keyEnd = p;
            while (p < attributesEnd && buffer[p] != '"' && buffer[p] != '\'') {
                p++;
            }
            if (p >= attributesEnd) {
                return null;
            }
            byte quote = buffer[p++];
            int valueStart = p;
            while (p < attributesEnd && buffer[p] != quote) {
                p++;
            }
            if (keyEnd - keyStart == name.length() && matches(keyStart, name)) {
                return unescape(new String(buffer, valueStart, p - valueStart, StandardCharsets.UTF_8));
            }
            p++;
        }
        return null;
    }

    /**
     * The text of the element whose start tag was just read, up to and including its end tag. Child elements'
     * text is included, their tags are not (only text elements are read this way).
     */
    String text() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return "";
        }
        StringBuilder value = new StringBuilder();
        int depth = 0;
        while (true) {
            int length = 0;
            while (true) {
                int lt = indexOf((byte) '<', pos);
                int end = lt < 0 ? limit : lt;
                length = append(length, pos, end);
                pos = end;
                if (lt >= 0) {
                    break;
                }
                if (!fill()) {
                    return value.append(unescape(decode(length))).toString();
                }
            }
            value.append(unescape(decode(length)));
            if (!ensure(9)) {
                ensure(2);
            }
            if (startsWith("<![CDATA[")) {
                pos += 9;
                int cdataLength = 0;
                while (true) {
                    int close = indexOf("]]>");
                    int end = close < 0 ? Math.max(pos, limit - 2) : close;
                    cdataLength = append(cdataLength, pos, end);
                    pos = end;
                    if (close >= 0) {
                        pos += 3;
                        break;
                    }
                    if (!fill()) {
                        break;
                    }
                }
                value.append(decode(cdataLength));
                continue;
            }
            int event = next();
            if (event == DONE) {
                return value.toString();
            }
            if (event == START) {
                if (emptyElement) {
                    pendingEnd = false;
                } else {
                    depth++;
                }
            } else if (depth == 0) {
                return value.toString();
            } else {
                depth--;
            }
        }
    }

    private int readTag() throws IOException {
        int end = tagEnd();
        if (end < 0) {
            return DONE;
        }
        int p = pos + 1;
        boolean closing = buffer[p] == '/';
        if (closing) {
            p++;
        }
        int start = p;
        while (p < end && !isSpace(buffer[p]) && buffer[p] != '/' && buffer[p] != '>') {
            if (buffer[p] == ':') {
                start = p + 1; // a prefix: only the local name counts
            }
            p++;
        }
        nameStart = start;
        nameEnd = p;
        attributesStart = p;
        emptyElement = !closing && buffer[end - 1] == '/';
        attributesEnd = emptyElement ? end - 1 : end;
        pos = end + 1;
        if (closing) {
            return END;
        }
        pendingEnd = emptyElement;
        return START;
    }

    /** The index of the {@code >} closing the tag at {@code pos} (quotes respected), reading on as needed. */
    private int tagEnd() throws IOException {
        int from = pos;
        while (true) {
            byte quote = 0;
            for (int p = from; p < limit; p++) {
                byte b = buffer[p];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return p;
                }
            }
            if (!fill()) {
                return -1;
            }
            from = pos; // rescan from the tag's start: quotes must be seen from the beginning
        }
    }

    private void skipDeclaration() throws IOException {
        ensure(9);
        if (startsWith("<!--")) {
            skipPast("-->");
        } else if (startsWith("<![CDATA[")) {
            skipPast("]]>");
        } else {
            throw new IOException("a worksheet with a DOCTYPE or other declaration is not read");
        }
    }

    private void skipPast(String terminator) throws IOException {
        while (true) {
            int at = indexOf(terminator);
            if (at >= 0) {
                pos = at + terminator.length();
                return;
            }
            pos = Math.max(pos, limit - terminator.length());
            if (!fill()) {
                pos = limit;
                return;
            }
        }
    }

    private int indexOf(byte b, int from) {
        for (int p = from; p < limit; p++) {
            if (buffer[p] == b) {
                return p;
            }
        }
        return -1;
    }

    private int indexOf(String s) {
        for (int p = pos; p + s.length() <= limit; p++) {
            if (matches(p, s)) {
                return p;
            }
        }
        return -1;
    }

    private boolean startsWith(String s) {
        return pos + s.length() <= limit && matches(pos, s);
    }

    private boolean matches(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buffer[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least {@code n} bytes from {@code pos} available if the stream has them. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the bytes from {@code pos} on and reads more after them; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - pos;
        if (pos == 0 && limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, kept);
            nameStart -= pos;
            nameEnd -= pos;
            attributesStart -= pos;
            attributesEnd -= pos;
        }
        pos = 0;
        limit = kept;
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private int append(int length, int from, int to) {
        int n = to - from;
        if (length + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + n));
        }
        System.arraycopy(buffer, from, text, length, n);
        return length + n;
    }

    private String decode(int length) {
        return length == 0 ? "" : new String(text, 0, length, StandardCharsets.UTF_8);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Resolves the five named entities and character references. */
    static String unescape(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (amp >= 0) {
            int semicolon = s.indexOf(';', amp);
            if (semicolon < 0) {
                break;
            }
            out.append(s, from, amp);
            String entity = s.substring(amp + 1, semicolon);
            String resolved = switch (entity) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> characterReference(entity);
            };
            out.append(resolved == null ? s.substring(amp, semicolon + 1) : resolved);
            from = semicolon + 1;
            amp = s.indexOf('&', from);
        }
        return out.append(s, from, s.length()).toString();
    }

    private static String characterReference(String entity) {
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
