package io.luodi.migration.engine.source;

/** What kind of file a source is: delimited text (CSV, TSV, TXT) or an Excel workbook. */
public enum SourceFormat {
    TEXT, XLSX
}
