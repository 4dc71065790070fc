package io.luodi.migration.engine.plan;

import java.util.List;

/**
 * The table a dataset loads into. Its columns and types are read from the database at run time.
 *
 * @param table the table name, optionally schema-qualified
 * @param key the target columns that identify a record: de-duplication, INCREMENTAL upserts, missing-key lists and
 *            spot checks go by them
 * @param database in Luodi the id of an environment's database component; the command line takes the JDBC URL
 */
public record TargetSpec(String table, List<String> key, String database) {

    public TargetSpec {
        key = List.copyOf(key);
    }
}
