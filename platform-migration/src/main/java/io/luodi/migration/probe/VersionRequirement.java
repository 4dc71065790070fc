package io.luodi.migration.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a compatibility note asks for, as far as it can be read: "SQL Server 2016 SP2 or later",
 * "PostgreSQL ≥ 14", "MySQL 8.0+", "Nginx 1.24 及以上". SQL Server's release years stand for their major versions
 * (2016 is 13); a note with no version in it asks for nothing a probe can check.
 */
record VersionRequirement(List<Integer> version, Direction direction, String note) {

    enum Direction { AT_LEAST, AT_MOST, EXACTLY }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)*)");
    private static final Map<Integer, Integer> SQL_SERVER_YEARS = Map.of(2008, 10, 2012, 11, 2014, 12, 2016, 13,
            2017, 14, 2019, 15, 2022, 16, 2025, 17);

    static Optional<VersionRequirement> parse(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(note);
        if (!number.find()) {
            return Optional.empty();
        }
        List<Integer> version = parts(number.group(1));
        String lower = note.toLowerCase(Locale.ROOT);
        if (lower.contains("sql server") && version.size() == 1 && SQL_SERVER_YEARS.containsKey(version.get(0))) {
            version = List.of(SQL_SERVER_YEARS.get(version.get(0)));
        }
        Direction direction = lower.matches(".*(or later|or newer|or above|or higher|\\+|>=|≥|以上|及以上|或更高|以后).*")
                ? Direction.AT_LEAST
                : lower.matches(".*(or earlier|or older|or below|<=|≤|以下|或更低).*") ? Direction.AT_MOST
                : Direction.EXACTLY;
        return Optional.of(new VersionRequirement(version, direction, note.strip()));
    }

    /** Whether a server's version string (its first number, e.g. "13.0.5026.0" or "17.11 (Debian)") fits. */
    boolean accepts(String observed) {
        Matcher number = NUMBER.matcher(observed);
        if (!number.find()) {
            return false;
        }
        int comparison = compare(parts(number.group(1)), version);
        return switch (direction) {
            case AT_LEAST -> comparison >= 0;
            case AT_MOST -> comparison <= 0;
            case EXACTLY -> comparison == 0;
        };
    }

    /** Compares only as deep as the requirement goes: 17.11 is exactly 17, and at least 16.4. */
    private static int compare(List<Integer> observed, List<Integer> required) {
        for (int i = 0; i < required.size(); i++) {
            int have = i < observed.size() ? observed.get(i) : 0;
            if (have != required.get(i)) {
                return Integer.compare(have, required.get(i));
            }
        }
        return 0;
    }

    private static List<Integer> parts(String dotted) {
        List<Integer> parts = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            parts.add(Integer.parseInt(part.length() > 9 ? part.substring(0, 9) : part));
        }
        return parts;
    }
}
