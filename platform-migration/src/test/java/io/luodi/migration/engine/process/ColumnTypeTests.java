package io.luodi.migration.engine.process;

import io.luodi.migration.engine.load.TargetColumn;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypeTests {

    private static ColumnType type(String type) {
        return ColumnType.of(new TargetColumn("c", type, true, null));
    }

    @Test
    void keepsANumericColumnsScaleAndRejectsMoreDecimals() {
        ColumnType money = type("numeric(14,2)");

        assertThat(money.coerce(new BigDecimal("1802.6"))).isEqualTo(new BigDecimal("1802.60"));
        assertThat(money.coerce("22,341.42")).isEqualTo(new BigDecimal("22341.42"));
        assertThat(money.coerce(new BigDecimal("1.230"))).isEqualTo(new BigDecimal("1.23"));
        assertThat(money.coerce(new BigDecimal("1.234"))).isEqualTo(Failure.BAD_NUMBER);
        assertThat(money.coerce(new BigDecimal("999999999999.99"))).isEqualTo(new BigDecimal("999999999999.99"));
        assertThat(money.coerce(new BigDecimal("1000000000000"))).isEqualTo(Failure.OUT_OF_RANGE);
        assertThat(money.coerce("abc")).isEqualTo(Failure.BAD_NUMBER);
        assertThat(type("numeric").coerce("1.23456")).isEqualTo(new BigDecimal("1.23456"));
    }

    @Test
    void makesWholeNumbersOfIntegerColumnsWithinTheirRange() {
        assertThat(type("integer").coerce("42")).isEqualTo(42L);
        assertThat(type("bigint").coerce(new BigDecimal("7.00"))).isEqualTo(7L);
        assertThat(type("integer").coerce("7.5")).isEqualTo(Failure.BAD_NUMBER);
        assertThat(type("smallint").coerce("40000")).isEqualTo(Failure.OUT_OF_RANGE);
        assertThat(type("integer").coerce("2147483648")).isEqualTo(Failure.OUT_OF_RANGE);
    }

    @Test
    void readsIsoDatesWithoutADateStep() {
        assertThat(type("date").coerce("2020-04-10")).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(type("date").coerce(LocalDateTime.of(2020, 4, 10, 8, 0))).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(type("date").coerce("2020/04/10")).isEqualTo(Failure.BAD_DATE);
        assertThat(type("timestamp without time zone").coerce("2020-04-10 11:50:55"))
                .isEqualTo(LocalDateTime.of(2020, 4, 10, 11, 50, 55));
        assertThat(type("timestamp(3) with time zone").coerce(LocalDate.of(2020, 4, 10)))
                .isEqualTo(LocalDateTime.of(2020, 4, 10, 0, 0));
    }

    @Test
    void readsBooleansAsPeopleWriteThem() {
        ColumnType flag = type("boolean");

        assertThat(flag.coerce("是")).isEqualTo(true);
        assertThat(flag.coerce("否")).isEqualTo(false);
        assertThat(flag.coerce("Y")).isEqualTo(true);
        assertThat(flag.coerce("n")).isEqualTo(false);
        assertThat(flag.coerce("1")).isEqualTo(true);
        assertThat(flag.coerce("FALSE")).isEqualTo(false);
        assertThat(flag.coerce("maybe")).isEqualTo(Failure.BAD_BOOLEAN);
    }

    @Test
    void writesTypedValuesIntoTextColumnsAsText() {
        ColumnType text = ColumnType.of(new TargetColumn("c", "character varying(10)", true, 10));

        assertThat(text.maxLength()).isEqualTo(10);
        assertThat(text.coerce(LocalDate.of(2020, 4, 10))).isEqualTo("2020-04-10");
        assertThat(text.coerce(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(type("character varying(30)").maxLength()).isEqualTo(30);
        assertThat(type("uuid").kind()).isEqualTo(ColumnType.Kind.TEXT);
    }
}
