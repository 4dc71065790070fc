package io.luodi.migration.engine.load;

import java.util.List;
import java.util.Optional;

/** A target table: its columns in table order and its primary key. */
public record TargetTable(String schema, String name, List<TargetColumn> columns, List<String> primaryKey) {

    public TargetTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    public Optional<TargetColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public String qualifiedName() {
        return '"' + schema.replace("\"", "\"\"") + "\".\"" + name.replace("\"", "\"\"") + '"';
    }
}
