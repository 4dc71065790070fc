package io.luodi.support.sla;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A weekday's working hours as an administrator types them: {@code 09:00-12:00, 13:30-18:00}. Accepts the
 * separators people use in Chinese and English text (－, –, ~, 至; commas, 、, ；, spaces); an empty text is a day
 * off. Periods may not overlap.
 */
final class WeekHoursText {

    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{1,2}[:：]\\d{2})\\s*(?:-|－|–|—|~|～|至|到)\\s*(\\d{1,2}[:：]\\d{2})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private WeekHoursText() {
    }

    /** The periods of the text, sorted; an {@link IllegalArgumentException} when it is not a list of periods. */
    static List<WorkingPeriod> parse(String text) {
        List<WorkingPeriod> periods = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        Matcher matcher = PERIOD.matcher(text);
        int end = 0;
        while (matcher.find()) {
            if (!SEPARATORS.matcher(text.substring(end, matcher.start())).replaceAll("").isEmpty()) {
                throw new IllegalArgumentException("not a working period: " + text);
            }
            periods.add(new WorkingPeriod(time(matcher.group(1)), time(matcher.group(2))));
            end = matcher.end();
        }
        if (periods.isEmpty() || !SEPARATORS.matcher(text.substring(end)).replaceAll("").isEmpty()) {
            throw new IllegalArgumentException("not a working period: " + text);
        }
        periods.sort(Comparator.comparing(WorkingPeriod::start));
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods overlap: " + text);
            }
        }
        return periods;
    }

    static String format(List<WorkingPeriod> periods) {
        return periods.stream().map(p -> SHOWN.format(p.start()) + "-" + SHOWN.format(p.end()))
                .collect(Collectors.joining(", "));
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.replace('：', ':'), TIME);
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("not a time of day: " + text, notATime);
        }
    }
}
