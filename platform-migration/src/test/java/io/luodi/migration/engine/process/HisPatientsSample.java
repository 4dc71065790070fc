package io.luodi.migration.engine.process;

import io.luodi.migration.engine.load.TargetColumn;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.plan.MigrationPlan;
import io.luodi.migration.engine.plan.PlanYaml;
import io.luodi.migration.engine.source.SourceRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample HIS export, the example plan from {@code docs/examples} and its table, for tests. The CSV split here is
 * the least that reads the sample (quoted fields, no line breaks inside them); the real reader is in {@code source}.
 */
final class HisPatientsSample {

    static final Path DIRECTORY = Path.of("src/test/resources/engine/his-patients-sample");
    static final Path PLAN = Path.of("../docs/examples/his-patients-plan.yaml");

    private HisPatientsSample() {
    }

    static MigrationPlan plan() {
        return PlanYaml.read(PLAN);
    }

    /** The table of {@code docs/examples/his-patients-table.sql} as PostgreSQL describes it. */
    static TargetTable table() {
        return new TargetTable("public", "patient", List.of(
                new TargetColumn("patient_no", "character varying(20)", false, 20),
                new TargetColumn("name", "character varying(50)", false, 50),
                new TargetColumn("gender", "character(1)", true, 1),
                new TargetColumn("birth_date", "date", true, null),
                new TargetColumn("id_card", "character varying(18)", true, 18),
                new TargetColumn("phone", "character varying(20)", true, 20),
                new TargetColumn("address", "character varying(200)", true, 200),
                new TargetColumn("insurance_type", "character varying(20)", true, 20),
                new TargetColumn("balance", "numeric(14,2)", true, null),
                new TargetColumn("created_at", "timestamp without time zone", true, null),
                new TargetColumn("remarks", "character varying(500)", true, 500),
                new TargetColumn("source_system", "character varying(20)", false, 20)),
                List.of("patient_no"));
    }

    /** Every line of the file split into fields; line 1 is the header. */
    static List<List<String>> lines() {
        try {
            List<List<String>> lines = new ArrayList<>();
            for (String line : Files.readAllLines(DIRECTORY.resolve("patients.csv"), Charset.forName("GBK"))) {
                lines.add(split(line));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SourceRow> rows() {
        List<List<String>> lines = lines();
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new SourceRow(i + 1, lines.get(i)));
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** truth.json's rejected lines as line → {@code reason:column}. */
    static Map<Long, String> truthRejections() {
        Map<Long, String> rejected = new TreeMap<>();
        Matcher m = Pattern.compile("\"(\\d+)\":\\s*\"([^\"]+)\"").matcher(truthSection("rejected"));
        while (m.find()) {
            rejected.put(Long.parseLong(m.group(1)), m.group(2));
        }
        return rejected;
    }

    static String truthValue(String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*\"?([^\",}\\n]+)\"?").matcher(truth());
        if (!m.find()) {
            throw new IllegalStateException("No " + key + " in truth.json");
        }
        return m.group(1).strip();
    }

    private static String truthSection(String key) {
        String truth = truth();
        int start = truth.indexOf('{', truth.indexOf("\"" + key + "\""));
        return truth.substring(start, truth.indexOf('}', start) + 1);
    }

    private static String truth() {
        try {
            return Files.readString(DIRECTORY.resolve("truth.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
