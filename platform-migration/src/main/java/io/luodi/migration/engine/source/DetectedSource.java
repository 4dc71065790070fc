package io.luodi.migration.engine.source;

import java.util.List;

/**
 * What {@link SourceFiles#detect} found in a file, for the user to check before a plan relies on it. Any of
 * encoding, delimiter and header row can be overridden in the plan's source.
 *
 * @param format delimited text or XLSX (told by the bytes, not the file name)
 * @param encoding the charset name the user sees (UTF-8, GBK, GB18030, UTF-16LE...); null for XLSX
 * @param delimiter the field separator of a text file; null for XLSX
 * @param headerRow the 1-based line (spreadsheet row) holding the column names; 0 when the source has none
 * @param header the column names, blank names given as {@code column N}
 * @param preview the first records after the header, as a reader returns them
 */
public record DetectedSource(SourceFormat format, String encoding, Character delimiter, int headerRow,
                             List<String> header, List<SourceRow> preview) {

    public DetectedSource {
        header = List.copyOf(header);
        preview = List.copyOf(preview);
    }
}
