package io.luodi.migration.engine.load;

/**
 * A column of a target table as the database describes it.
 *
 * @param type PostgreSQL's type name as {@code format_type} gives it ({@code bigint}, {@code numeric(12,2)},
 *             {@code character varying(50)}, {@code date}, {@code timestamp without time zone}, {@code boolean},
 *             {@code text}, ...)
 * @param maxLength the character limit of a {@code varchar(n)}/{@code char(n)} column, else null
 */
public record TargetColumn(String name, String type, boolean nullable, Integer maxLength) {
}
