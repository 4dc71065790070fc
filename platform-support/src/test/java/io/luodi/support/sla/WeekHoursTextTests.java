package io.luodi.support.sla;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeekHoursTextTests {

    @Test
    void readsPeriodsWithTheSeparatorsPeopleType() {
        List<WorkingPeriod> expected = List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new WorkingPeriod(LocalTime.of(13, 30), LocalTime.of(18, 0)));
        assertThat(WeekHoursText.parse("09:00-12:00, 13:30-18:00")).isEqualTo(expected);
        assertThat(WeekHoursText.parse("13:30～18:00，9：00至12:00")).isEqualTo(expected);
        assertThat(WeekHoursText.parse(" 9:00 – 12:00 ; 13:30 到 18:00 ")).isEqualTo(expected);
    }

    @Test
    void anEmptyTextIsADayOff() {
        assertThat(WeekHoursText.parse("")).isEmpty();
        assertThat(WeekHoursText.parse(null)).isEmpty();
    }

    @Test
    void formatsWhatItReads() {
        String text = "08:00-12:00, 14:00-17:30";
        assertThat(WeekHoursText.format(WeekHoursText.parse(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9-12", "09:00-12:00 和 13:00-18:00", "12:00-09:00", "09:00-12:00, 11:00-13:00",
            "25:00-26:00", "09:00-12:00 x", "全天"})
    void refusesWhatIsNotAListOfPeriods(String text) {
        assertThatThrownBy(() -> WeekHoursText.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
