/**
 * Where a dataset's rows come from, record by record and never all at once. {@link
 * io.luodi.migration.engine.source.SourceFiles} detects and opens uploaded files (CSV, TSV/TXT, XLSX; UTF-8, GBK,
 * GB18030, UTF-16 with BOM) and {@link io.luodi.migration.engine.source.QueryReader} runs a SELECT on a source
 * database; both hand out {@link io.luodi.migration.engine.source.SourceRow}s through a
 * {@link io.luodi.migration.engine.source.SourceReader}. Problems a user can fix are
 * {@link io.luodi.migration.engine.source.SourceFileException}s with a key of the {@code migration} bundle.
 */
package io.luodi.migration.engine.source;
