package io.luodi.migration.probe;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** How a database's reported charset and time zone are judged against what the environment expects. */
final class ServerSettings {

    private ServerSettings() {
    }

    /**
     * Whether an observed charset is the expected one, spelling aside ("UTF-8" is "UTF8"). Expecting UTF-8 accepts
     * MySQL's utf8mb4 but never its three-byte "utf8" (utf8mb3), which loses rare Chinese characters and emoji.
     */
    static boolean charsetMatches(String expected, String observed) {
        String want = normalise(expected);
        String have = normalise(observed);
        if (have.equals("UTF8MB3") || (have.equals("UTF8") && want.equals("UTF8MB4"))) {
            return false;
        }
        return want.equals(have) || (want.equals("UTF8") && have.equals("UTF8MB4"));
    }

    static String normalise(String charset) {
        return charset.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").strip();
    }

    /** Whether a zone the server names is the expected one: the same rules, whatever the alias (PRC, Asia/Shanghai). */
    static boolean sameZone(String expected, String observed) {
        try {
            return ZoneId.of(expected).normalized().getRules().equals(ZoneId.of(observed).normalized().getRules());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether a server's current offset from UTC is the expected zone's at this moment. */
    static boolean sameOffset(String expected, int offsetMinutes, Instant now) {
        try {
            return ZoneId.of(expected).getRules().getOffset(now).getTotalSeconds() == offsetMinutes * 60;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static String offset(int minutes) {
        return "UTC" + ZoneOffset.ofTotalSeconds(minutes * 60).getId().replace("Z", "+00:00");
    }
}
