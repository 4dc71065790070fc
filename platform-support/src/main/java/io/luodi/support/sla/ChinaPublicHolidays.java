package io.luodi.support.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mainland China's public holidays and the weekend days worked instead (调休), as the State Council announces them
 * each year. The data ships in {@code sla/china-public-holidays.csv}; a new year is a new block of lines there.
 */
public final class ChinaPublicHolidays {

    private record Entry(DayKind kind, String chinese, String english) {
    }

    private static final Map<LocalDate, Entry> DAYS = load();

    private ChinaPublicHolidays() {
    }

    public static Set<Integer> years() {
        Set<Integer> years = new TreeSet<>();
        DAYS.keySet().forEach(day -> years.add(day.getYear()));
        return Collections.unmodifiableSet(years);
    }

    public static Map<LocalDate, DayKind> forYear(int year) {
        Map<LocalDate, DayKind> days = new TreeMap<>();
        DAYS.forEach((day, entry) -> {
            if (day.getYear() == year) {
                days.put(day, entry.kind());
            }
        });
        return days;
    }

    /** The day's name in Chinese, or English for any other language; null for an ordinary day. */
    public static String name(LocalDate day, Locale locale) {
        Entry entry = DAYS.get(day);
        if (entry == null) {
            return null;
        }
        return locale.getLanguage().equals("zh") ? entry.chinese() : entry.english();
    }

    private static Map<LocalDate, Entry> load() {
        Map<LocalDate, Entry> days = new TreeMap<>();
        try (InputStream in = ChinaPublicHolidays.class.getResourceAsStream("/sla/china-public-holidays.csv")) {
            if (in == null) {
                throw new IllegalStateException("sla/china-public-holidays.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", 4);
                days.put(LocalDate.parse(fields[0]), new Entry(DayKind.valueOf(fields[1]), fields[2], fields[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(days);
    }
}
