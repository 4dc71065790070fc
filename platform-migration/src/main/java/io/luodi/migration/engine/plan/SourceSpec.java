package io.luodi.migration.engine.plan;

/**
 * Where a dataset's rows come from: a file (CSV, TSV or XLSX) or a SQL query on a source database.
 *
 * @param file the file name the plan was made for (the run gives the actual file); null for a query source
 * @param encoding a charset name, or null to detect (UTF-8 with or without BOM, GBK, GB18030)
 * @param delimiter the field separator of a text file, or null to detect
 * @param headerRow the 1-based line holding the column names, or null to detect
 * @param query the SELECT for a database source, null for a file source
 * @param database which source database the query runs on: in Luodi the id of an environment's database
 *                 component; the command line takes the JDBC URL instead
 */
public record SourceSpec(String file, String encoding, Character delimiter, Integer headerRow, String query,
                         String database) {

    public boolean isQuery() {
        return query != null && !query.isBlank();
    }
}
