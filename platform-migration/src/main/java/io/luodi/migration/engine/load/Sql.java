package io.luodi.migration.engine.load;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small helpers to build SQL from names read out of the catalog; every name is quoted, never pasted raw. */
final class Sql {

    private Sql() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "a", "b"} or, with a prefix, {@code s."a", s."b"}. */
    static String columns(String alias, List<String> names) {
        return join(names, n -> prefix(alias) + quote(n), ", ");
    }

    /** {@code t."a" = s."a" AND t."b" = s."b"}. */
    static String equal(String left, String right, List<String> names) {
        return join(names, n -> prefix(left) + quote(n) + " = " + prefix(right) + quote(n), " AND ");
    }

    /** The key as one text, its columns joined by {@code |}, as the reconciliation lists it. */
    static String keyText(String alias, List<String> key) {
        return "concat_ws('|', " + join(key, n -> prefix(alias) + quote(n) + "::text", ", ") + ")";
    }

    static String join(List<String> names, Function<String, String> each, String separator) {
        return names.stream().map(each).collect(Collectors.joining(separator));
    }

    private static String prefix(String alias) {
        return alias == null ? "" : alias + '.';
    }
}
