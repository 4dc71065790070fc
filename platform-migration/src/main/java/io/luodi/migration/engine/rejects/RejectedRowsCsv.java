package io.luodi.migration.engine.rejects;

import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.text.Texts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Rejected rows as CSV: UTF-8 with a byte-order mark, because without it Excel on a Chinese Windows reads the file
 * as GBK and shows garbage; CRLF line ends; every field quoted when it needs to be.
 */
public final class RejectedRowsCsv implements RejectedRowsWriter {

    private final Writer out;
    private final Texts texts;

    public RejectedRowsCsv(OutputStream stream, Texts texts) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.texts = texts;
        out.write('\uFEFF');
        line(RejectedRowsWriter.headers(texts));
    }

    @Override
    public void write(Rejection rejection) throws IOException {
        out.write(Long.toString(rejection.line()));
        out.write(',');
        field(rejection.column());
        out.write(',');
        field(rejection.value());
        out.write(',');
        field(rejection.reason());
        out.write(',');
        field(texts.reason(rejection.reason()));
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields.get(i));
        }
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        String text = guarded(value);
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ' ' && (i == 0 || i == text.length() - 1);
        }
        if (quote) {
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(text);
        }
    }

    /**
     * A rejected value can be anything the legacy system held; one that starts like a formula is prefixed with an
     * apostrophe so that Excel shows it instead of running it (OWASP CSV injection). Plain negative numbers stay.
     */
    static String guarded(String value) {
        char first = value.charAt(0);
        if ("=+-@\t\r".indexOf(first) < 0) {
            return value;
        }
        if (first == '-' && value.length() > 1 && value.substring(1).matches("[0-9.,]+")) {
            return value;
        }
        return "'" + value;
    }
}
