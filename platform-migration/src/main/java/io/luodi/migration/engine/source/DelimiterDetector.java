package io.luodi.migration.engine.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the field separator of a text file: the candidate found the same number of times, outside quotes, on the
 * most of the first lines. Title lines above the header count for no candidate, so they do not sway the choice.
 */
final class DelimiterDetector {

    private static final int LINES = 50;

    private DelimiterDetector() {
    }

    /**
     * @param sample the start of the file, decoded
     * @param cut whether the file goes on after the sample (its last line may be partial, so it is not counted)
     * @param fileName used only when no candidate occurs: a {@code .tsv} or {@code .txt} file is then tab-separated
     */
    static char detect(String sample, boolean cut, String fileName) {
        char best = 0;
        int bestLines = 0;
        int bestCount = 0;
        for (char candidate : SourceFiles.DELIMITERS) {
            int[] counts = countsPerLine(sample, candidate, cut);
            Map<Integer, Integer> linesPerCount = new HashMap<>();
            for (int count : counts) {
                if (count > 0) {
                    linesPerCount.merge(count, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : linesPerCount.entrySet()) {
                int lines = entry.getValue();
                int count = entry.getKey();
                if (lines > bestLines || lines == bestLines && count > bestCount) {
                    best = candidate;
                    bestLines = lines;
                    bestCount = count;
                }
            }
        }
        if (best != 0) {
            return best;
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tsv") || lower.endsWith(".txt") || lower.endsWith(".tab") ? '\t' : ',';
    }

    /** Occurrences of the candidate outside quotes on each of the first non-blank lines. */
    private static int[] countsPerLine(String sample, char candidate, boolean cut) {
        int[] counts = new int[LINES];
        int lines = 0;
        int count = 0;
        boolean quoted = false;
        boolean blank = true;
        int n = sample.length();
        for (int i = 0; i < n && lines < LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    counts[lines++] = count;
                }
                count = 0;
                blank = true;
            } else if (!quoted && c == candidate) {
                count++;
                blank = false;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        if (!cut && !blank && lines < LINES) {
            counts[lines++] = count;
        }
        return Arrays.copyOf(counts, lines);
    }
}
