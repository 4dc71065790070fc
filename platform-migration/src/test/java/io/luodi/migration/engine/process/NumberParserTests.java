package io.luodi.migration.engine.process;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTests {

    @Test
    void readsThousandsSeparatorsCurrencyAndSigns() {
        assertThat(NumberParser.parse("22,341.42")).isEqualTo(new BigDecimal("22341.42"));
        assertThat(NumberParser.parse("1,234,567")).isEqualTo(new BigDecimal("1234567"));
        assertThat(NumberParser.parse("¥1,200.50")).isEqualTo(new BigDecimal("1200.50"));
        assertThat(NumberParser.parse("￥-3.5")).isEqualTo(new BigDecimal("-3.5"));
        assertThat(NumberParser.parse("-¥3.5")).isEqualTo(new BigDecimal("-3.5"));
        assertThat(NumberParser.parse("+7")).isEqualTo(new BigDecimal("7"));
        assertThat(NumberParser.parse(" 12 ")).isEqualTo(new BigDecimal("12"));
        assertThat(NumberParser.parse(".5")).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void readsFullWidthDigitsAndSigns() {
        assertThat(NumberParser.parse("１２，３４５．６７")).isEqualTo(new BigDecimal("12345.67"));
        assertThat(NumberParser.parse("－８")).isEqualTo(new BigDecimal("-8"));
    }

    @Test
    void refusesWhatIsNoNumber() {
        assertThat(NumberParser.parse("12,3a")).isNull();
        assertThat(NumberParser.parse("1,23.4")).isNull();
        assertThat(NumberParser.parse("1,2345")).isNull();
        assertThat(NumberParser.parse(",123")).isNull();
        assertThat(NumberParser.parse("1.2.3")).isNull();
        assertThat(NumberParser.parse("--1")).isNull();
        assertThat(NumberParser.parse("-")).isNull();
        assertThat(NumberParser.parse("")).isNull();
        assertThat(NumberParser.parse("1e5")).isNull();
        assertThat(NumberParser.parse("12.5元")).isNull();
    }
}
