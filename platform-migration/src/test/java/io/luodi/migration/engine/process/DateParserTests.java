package io.luodi.migration.engine.process;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateParserTests {

    private final DateParser legacy = DateParser.of(
            List.of("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy年M月d日", "excel"));

    @Test
    void triesThePatternsInOrder() {
        LocalDate march7 = LocalDate.of(1985, 3, 7);

        assertThat(legacy.parse("1985-03-07")).isEqualTo(march7);
        assertThat(legacy.parse("1985/3/7")).isEqualTo(march7);
        assertThat(legacy.parse("1985/03/07")).isEqualTo(march7);
        assertThat(legacy.parse("19850307")).isEqualTo(march7);
        assertThat(legacy.parse("1985年3月7日")).isEqualTo(march7);
        assertThat(legacy.parse("1985年03月07日")).isEqualTo(march7);
    }

    @Test
    void refusesImpossibleDatesAndOtherText() {
        assertThat(legacy.parse("1985-13-45")).isNull();
        assertThat(legacy.parse("1985-02-29")).isNull();
        assertThat(legacy.parse("19851345")).isNull();
        assertThat(legacy.parse("未知")).isNull();
        assertThat(legacy.parse("1985-3-7")).isNull();
        assertThat(legacy.parse("1985-03-07x")).isNull();
        assertThat(legacy.parse("")).isNull();
        assertThat(legacy.parse("1984-02-29")).isEqualTo(LocalDate.of(1984, 2, 29));
    }

    @Test
    void readsExcelSerialsInThe1900DateSystem() {
        assertThat(legacy.parse("1")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(legacy.parse("59")).isEqualTo(LocalDate.of(1900, 2, 28));
        // 60 is Excel's 1900-02-29, a day that never was
        assertThat(legacy.parse("60")).isNull();
        assertThat(legacy.parse("61")).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(legacy.parse("31113")).isEqualTo(LocalDate.of(1985, 3, 7));
        assertThat(legacy.parse("43831")).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(legacy.parse("2958465")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(legacy.parse("2958466")).isNull();
        assertThat(legacy.parse("0")).isNull();
        assertThat(legacy.parse("-1")).isNull();
    }

    @Test
    void readsTheTimeOfDayOfAnExcelSerial() {
        assertThat(legacy.parse("43831.5")).isEqualTo(LocalDateTime.of(2020, 1, 1, 12, 0));
        assertThat(legacy.parse("43831.75")).isEqualTo(LocalDateTime.of(2020, 1, 1, 18, 0));
        assertThat(legacy.parse("43831.0")).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void readsDateTimes() {
        DateParser dateTimes = DateParser.of(List.of("yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-dd"));

        assertThat(dateTimes.parse("2020-04-10 11:50:55")).isEqualTo(LocalDateTime.of(2020, 4, 10, 11, 50, 55));
        assertThat(dateTimes.parse("2020/4/10 9:05")).isEqualTo(LocalDateTime.of(2020, 4, 10, 9, 5));
        assertThat(dateTimes.parse("2020-04-10")).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(dateTimes.parse("2020-04-10 24:00:00")).isNull();
    }

    @Test
    void triesTheNextPatternWhenAShapeFitsButTheDateDoesNot() {
        DateParser dayFirst = DateParser.of(List.of("dd/MM/yyyy", "MM/dd/yyyy"));

        assertThat(dayFirst.parse("25/12/2020")).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(dayFirst.parse("12/25/2020")).isEqualTo(LocalDate.of(2020, 12, 25));
    }

    @Test
    void readsIsoDatesAndDateTimes() {
        assertThat(DateParser.ISO.parse("2020-04-10")).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(DateParser.ISO.parse("2020-04-10 11:50:55")).isEqualTo(LocalDateTime.of(2020, 4, 10, 11, 50, 55));
        assertThat(DateParser.ISO.parse("2020-04-10T11:50")).isEqualTo(LocalDateTime.of(2020, 4, 10, 11, 50));
        assertThat(DateParser.ISO.parse("2020-04-10T11:50:55.123"))
                .isEqualTo(LocalDateTime.of(2020, 4, 10, 11, 50, 55, 123_000_000));
        assertThat(DateParser.ISO.parse("2020/04/10")).isNull();
    }

    @Test
    void refusesPatternsJavaCannotRead() {
        assertThatThrownBy(() -> DateParser.of(List.of("yyyy-bb"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(DateParser.prolepticYears("yyyy'year'")).isEqualTo("uuuu'year'");
    }

    @Test
    void matchesNumericPatternsByHandWithJavaTimesResults() {
        List<String> patterns = List.of("yyyy-MM-dd", "yyyy/M/d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss",
                "yyyy/M/d H:mm", "dd.MM.yyyy", "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy'年'MM'月'dd'日'", "d/M/yyyy HH:mm");
        List<String> texts = List.of("1985-03-07", "1985-3-7", "1985/3/7", "1985/03/07", "1985/003/7", "19850307",
                "1985030", "198503071", "1985年3月7日", "1985年03月07日", "1985年13月7日", "2020-04-10 11:50:55",
                "2020-04-10 24:00:00", "2020-04-10 11:60:00", "2020/4/10 9:05", "2020/4/10 09:05", "07.03.1985",
                "7.3.1985", "2020-04-10T11:50:55.123", "2020-04-10T11:50:55.12", "2000-02-29", "1900-02-29",
                "0000-01-01", "9999-12-31", "1985-02-30", "", "1985", "1985-03-07 ", " 1985-03-07", "1985-03-07x",
                "7/3/1985 11:05", "31/4/1985 11:05", "１９８５-03-07", "+1985-03-07", "1985-+3-07");
        for (String pattern : patterns) {
            assertThat(NumericDatePattern.compile(pattern)).as(pattern).isNotNull();
            DateParser fast = DateParser.of(List.of(pattern));
            DateParser javaTime = DateParser.javaTimeOnly(List.of(pattern));
            for (String text : texts) {
                assertThat(fast.parse(text)).as("%s as %s", text, pattern).isEqualTo(javaTime.parse(text));
            }
        }
    }

    @Test
    void leavesOtherPatternsToJavaTime() {
        assertThat(NumericDatePattern.compile("d MMM yyyy")).isNull();
        assertThat(NumericDatePattern.compile("yy-MM-dd")).isNull();
        assertThat(NumericDatePattern.compile("yyyyMd")).isNull();
        assertThat(NumericDatePattern.compile("yyyy-MM-dd[ HH:mm]")).isNull();
        // java.time's two-digit years fall in 2000-2099
        assertThat(DateParser.of(List.of("yy-MM-dd")).parse("85-03-07")).isEqualTo(LocalDate.of(2085, 3, 7));
    }
}
