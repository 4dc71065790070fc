package io.luodi.requirements.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of a text stayed, went and came: the old and the new text split into words (each Chinese character
 * is a word of its own) and lined up along their longest common subsequence. Texts too long to line up cheaply
 * are shown as wholly replaced.
 */
public final class TextDiff {

    /** Past this many word pairs the table would cost more memory than a page view deserves. */
    private static final long MAX_CELLS = 4_000_000L;

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{IsHan}|[\\p{L}\\p{N}_]+|\\s+|.", Pattern.DOTALL);

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of text that stayed, was removed or was added. */
    public record Segment(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            List<Segment> replaced = new ArrayList<>();
            append(replaced, Kind.REMOVED, String.join("", a));
            append(replaced, Kind.ADDED, String.join("", b));
            return replaced;
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                append(segments, Kind.SAME, a.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                append(segments, Kind.REMOVED, a.get(i++));
            } else {
                append(segments, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            append(segments, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            append(segments, Kind.ADDED, b.get(j++));
        }
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins neighbouring tokens of one kind, so a changed phrase is one highlighted run. */
    private static void append(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
