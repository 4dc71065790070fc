package io.luodi.migration.engine.process;

/**
 * Why one source row is not loaded.
 *
 * @param line the source line of the row
 * @param column the source column (or target column where no single source column is to blame), may be null
 * @param value the offending value as read, may be null
 * @param reason a stable code such as {@code blank_required}, {@code bad_date}, {@code bad_number},
 *               {@code bad_checksum}, {@code bad_phone}, {@code bad_pattern}, {@code out_of_range},
 *               {@code too_long}, {@code unknown_code}, {@code missing_reference}; the user's language comes
 *               from the message bundle key {@code migration.reject.<reason>}
 */
public record Rejection(long line, String column, String value, String reason) {
}
