package io.luodi.migration.engine.load;

import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Formats rows in PostgreSQL's COPY text format straight into a byte buffer and hands it to the server in large
 * pieces, so the server ingests one piece while this thread formats the next. Values are written without building
 * intermediate strings: UTF-8 by hand, numbers and dates digit by digit.
 */
final class CopyTextWriter {

    /** Big enough that the socket is kept busy, small enough to be nothing in memory. */
    static final int BUFFER_SIZE = 64 * 1024;

    /** Where the formatted bytes go when they are not for a COPY: a buffer or a file, say. */
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws SQLException;
    }

    private final CopyIn copy;
    private final Sink sink;
    private byte[] buffer = new byte[BUFFER_SIZE];
    private int position;

    CopyTextWriter(CopyIn copy) {
        this.copy = copy;
        this.sink = copy::writeToCopy;
    }

    /** Writes into a sink instead of a COPY; {@link #finish()} then only flushes and returns 0. */
    CopyTextWriter(Sink sink) {
        this.copy = null;
        this.sink = sink;
    }

    /** One row: the values in column order, then the source line as the last column. */
    void row(List<Object> values, long line) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            value(values.get(i));
            put((byte) '\t');
        }
        number(line);
        put((byte) '\n');
    }

    /** One row of just the values. */
    void row(List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values.get(i));
        }
        put((byte) '\n');
    }

    /** One row of the values at the positions given, in that order, then the source line as the last column. */
    void row(List<Object> values, int[] positions, long line) throws SQLException {
        for (int position : positions) {
            value(values.get(position));
            put((byte) '\t');
        }
        number(line);
        put((byte) '\n');
    }

    /** Sends what is buffered and ends the COPY; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy == null ? 0 : copy.endCopy();
    }

    private void value(Object value) throws SQLException {
        if (value == null) {
            ensure(2);
            buffer[position++] = '\\';
            buffer[position++] = 'N';
        } else if (value instanceof String text) {
            text(text);
        } else if (value instanceof Long number) {
            number(number);
        } else if (value instanceof Integer number) {
            number(number);
        } else if (value instanceof BigDecimal number) {
            ascii(number.toPlainString());
        } else if (value instanceof LocalDate date) {
            date(date);
        } else if (value instanceof LocalDateTime dateTime) {
            dateTime(dateTime);
        } else if (value instanceof Boolean bool) {
            put(bool ? (byte) 't' : (byte) 'f');
        } else {
            text(value.toString());
        }
    }

    /** UTF-8 with COPY's escapes for the characters that would end a field or a row, and for the backslash. */
    private void text(String text) throws SQLException {
        int length = text.length();
        // At most three bytes per char: two-byte escapes, three-byte BMP characters, four bytes per surrogate pair.
        ensure(length * 3);
        byte[] out = buffer;
        int at = position;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { out[at++] = '\\'; out[at++] = '\\'; }
                    case '\t' -> { out[at++] = '\\'; out[at++] = 't'; }
                    case '\n' -> { out[at++] = '\\'; out[at++] = 'n'; }
                    case '\r' -> { out[at++] = '\\'; out[at++] = 'r'; }
                    default -> out[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?'; // a lone surrogate has no UTF-8 form; String.getBytes does the same
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        position = at;
    }

    private void ascii(String text) throws SQLException {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[position++] = (byte) text.charAt(i);
        }
    }

    private void number(long value) throws SQLException {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = position + digits - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += digits;
    }

    private void date(LocalDate date) throws SQLException {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            // PostgreSQL writes years before 1 as "BC"; rare enough to take the slow, certain way.
            ascii(year < 1 ? date.withYear(1 - year) + " BC" : date.toString());
            return;
        }
        ensure(10);
        digits(year, 4);
        buffer[position++] = '-';
        digits(date.getMonthValue(), 2);
        buffer[position++] = '-';
        digits(date.getDayOfMonth(), 2);
    }

    private void dateTime(LocalDateTime dateTime) throws SQLException {
        date(dateTime.toLocalDate());
        ensure(16);
        buffer[position++] = ' ';
        digits(dateTime.getHour(), 2);
        buffer[position++] = ':';
        digits(dateTime.getMinute(), 2);
        buffer[position++] = ':';
        digits(dateTime.getSecond(), 2);
        int nanos = dateTime.getNano();
        if (nanos != 0) {
            // PostgreSQL keeps microseconds and rounds the rest itself.
            buffer[position++] = '.';
            digits(nanos, 9);
        }
    }

    private void digits(int value, int width) {
        for (int i = position + width - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += width;
    }

    private void put(byte b) throws SQLException {
        ensure(1);
        buffer[position++] = b;
    }

    /** Room for {@code bytes} more: flush when the buffer is full, grow only for a value larger than it. */
    private void ensure(int bytes) throws SQLException {
        if (position + bytes <= buffer.length) {
            return;
        }
        flush();
        if (bytes > buffer.length) {
            buffer = new byte[bytes];
        }
    }

    private void flush() throws SQLException {
        if (position > 0) {
            sink.write(buffer, 0, position);
            position = 0;
        }
    }
}
