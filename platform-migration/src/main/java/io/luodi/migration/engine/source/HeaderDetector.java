package io.luodi.migration.engine.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the header among a file's first records: the first one as wide as the data whose fields look like names
 * (mostly filled, mostly not numbers or dates, mostly distinct). Title lines above it ("XX医院病人信息导出",
 * "导出时间: ...") are narrower and are skipped. When nothing looks like names the first record is the header.
 */
final class HeaderDetector {

    /** How many records are looked at. */
    static final int RECORDS = 30;

    private HeaderDetector() {
    }

    /** The index of the header in {@code records}; 0 when the list is empty. */
    static int indexOfHeader(List<SourceRow> records) {
        int width = typicalWidth(records);
        for (int i = 0; i < records.size(); i++) {
            if (looksLikeNames(records.get(i).values(), width)) {
                return i;
            }
        }
        return 0;
    }

    private static int typicalWidth(List<SourceRow> records) {
        Map<Integer, Integer> recordsPerWidth = new HashMap<>();
        int typical = 0;
        int most = 0;
        for (SourceRow record : records) {
            int width = record.values().size();
            int seen = recordsPerWidth.merge(width, 1, Integer::sum);
            if (seen > most || seen == most && width > typical) {
                typical = width;
                most = seen;
            }
        }
        return typical;
    }

    static boolean looksLikeNames(List<String> fields, int typicalWidth) {
        if (typicalWidth <= 1) {
            return true;
        }
        if (fields.size() * 5 < typicalWidth * 4) {
            return false;
        }
        int filled = 0;
        int numeric = 0;
        int used = 0;
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            filled++;
            used = i + 1;
            distinct.add(name);
            if (looksLikeData(name)) {
                numeric++;
            }
        }
        // Blank columns after the last name are spare room, not missing names ("a,b,c,,," or formatted cells).
        return filled >= 2
                && filled * 2 >= typicalWidth
                && filled * 5 >= used * 4
                && numeric * 5 <= filled
                && distinct.size() * 10 >= filled * 9;
    }

    /** A number, amount, date or time: digits with only separators and signs around them. */
    static boolean looksLikeData(String value) {
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (".,-+/:% ¥$eE".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }
}
