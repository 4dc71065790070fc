package io.luodi.migration.engine.source;

import java.util.List;

/**
 * One record of a source, as text.
 *
 * @param line the 1-based line of the source file where the record starts (the header is line 1 in a file with a
 *             header on its first line); for a query source, the row's 1-based position plus one
 * @param values the record's fields in header order; shorter or longer than the header when the source is ragged
 */
public record SourceRow(long line, List<String> values) {

    public SourceRow {
        values = List.copyOf(values);
    }
}
