package io.luodi.migration.engine.rejects;

import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.text.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes rejected rows for the customer to fix at the source, one rejection a line, as it arrives: nothing is held
 * in memory. Columns: source line, column, value as read, reason code, reason in words.
 */
public interface RejectedRowsWriter extends AutoCloseable {

    void write(Rejection rejection) throws IOException;

    /** Finishes the file; the stream given is closed too. */
    @Override
    void close() throws IOException;

    /** CSV for a {@code .csv} path, XLSX for {@code .xlsx}. */
    static RejectedRowsWriter forFile(Path file, Texts texts) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            throw new IllegalArgumentException(texts.get("migration.rejects.unknownFormat", file));
        }
        OutputStream out = Files.newOutputStream(file);
        return name.endsWith(".csv") ? new RejectedRowsCsv(out, texts) : new RejectedRowsXlsx(out, texts);
    }

    /** The header row in the user's language. */
    static List<String> headers(Texts texts) {
        return List.of(texts.get("migration.rejects.line"), texts.get("migration.rejects.column"),
                texts.get("migration.rejects.value"), texts.get("migration.rejects.reason"),
                texts.get("migration.rejects.reasonText"));
    }
}
