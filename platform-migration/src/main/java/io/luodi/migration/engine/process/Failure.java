package io.luodi.migration.engine.process;

/**
 * What a step or check returns instead of a value when the value cannot be used; one shared instance per reason so
 * a failing row allocates nothing and throws nothing.
 */
record Failure(String reason) {

    static final Failure BLANK_REQUIRED = new Failure("blank_required");
    static final Failure BAD_DATE = new Failure("bad_date");
    static final Failure BAD_NUMBER = new Failure("bad_number");
    static final Failure BAD_BOOLEAN = new Failure("bad_boolean");
    static final Failure BAD_ID_CARD = new Failure("bad_id_card");
    static final Failure BAD_CHECKSUM = new Failure("bad_checksum");
    static final Failure BAD_PHONE = new Failure("bad_phone");
    static final Failure BAD_PATTERN = new Failure("bad_pattern");
    static final Failure OUT_OF_RANGE = new Failure("out_of_range");
    static final Failure TOO_LONG = new Failure("too_long");
    static final Failure UNKNOWN_CODE = new Failure("unknown_code");
    static final Failure BAD_FIELD_COUNT = new Failure("bad_field_count");
}
