package io.luodi.migration.engine.report;

import io.luodi.migration.engine.load.Reconciliation;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.text.Texts;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's report as JSON while the run goes (shape in {@code docs/migration-cli.md}). Rejected rows are
 * written the moment they arrive, so a run with millions of them holds none in memory; the counts, the
 * reconciliation and the rest follow when the run ends. Money sums are strings so that no reader rounds a cent.
 */
public final class RunReportJson implements AutoCloseable {

    private final JsonGenerator json;
    private final Texts texts;
    private boolean finished;

    /** Starts the report with what is known before the run: plan, dataset, mode, source name. */
    public RunReportJson(OutputStream out, Texts texts, String plan, int planVersion, String dataset, String mode,
                         String sourceName, boolean critical) {
        this.texts = texts;
        this.json = new JsonFactory().createGenerator(new Pretty(), out);
        json.writeStartObject();
        json.writeStringProperty("plan", plan);
        json.writeNumberProperty("planVersion", planVersion);
        json.writeStringProperty("dataset", dataset);
        json.writeBooleanProperty("critical", critical);
        json.writeStringProperty("mode", mode);
        json.writeStringProperty("sourceName", sourceName);
        json.writeArrayPropertyStart("rejectedRows");
    }

    public void rejected(Rejection rejection) {
        json.writeStartObject();
        json.writeNumberProperty("line", rejection.line());
        json.writeStringProperty("column", rejection.column());
        json.writeStringProperty("value", rejection.value());
        json.writeStringProperty("reason", rejection.reason());
        json.writeStringProperty("reasonText", texts.reason(rejection.reason()));
        json.writeEndObject();
    }

    /** Ends the report with the run's outcome; {@code exitCode} is what the command line exits with. */
    public void finish(RunReport report, int exitCode) {
        json.writeEndArray();
        json.writeStringProperty("outcome", report.outcome().name());
        json.writeStringProperty("failure", report.failure());
        json.writeBooleanProperty("reconciledExactly", report.reconciledExactly());
        json.writeNumberProperty("exitCode", exitCode);
        json.writeStringProperty("sourceSha256", report.sourceSha256());
        json.writeStringProperty("encoding", report.encoding());
        json.writeStringProperty("startedAt", text(report.startedAt()));
        json.writeStringProperty("finishedAt", text(report.finishedAt()));
        json.writeObjectPropertyStart("counts");
        json.writeNumberProperty("rowsRead", report.rowsRead());
        json.writeNumberProperty("loaded", report.inserted() + report.updated() + report.unchanged());
        json.writeNumberProperty("inserted", report.inserted());
        json.writeNumberProperty("updated", report.updated());
        json.writeNumberProperty("unchanged", report.unchanged());
        json.writeNumberProperty("rejected", report.rejected());
        json.writeNumberProperty("duplicatesRemoved", report.duplicatesRemoved());
        json.writeEndObject();
        reconciliation(report.reconciliation());
        rows("preview", report.preview());
        spotChecks(report.spotChecks());
        json.writeEndObject();
        finished = true;
    }

    /** Closes the file; a report closed before {@link #finish} is left as written so far (not valid JSON). */
    @Override
    public void close() {
        json.close();
    }

    public boolean finished() {
        return finished;
    }

    private void reconciliation(Reconciliation r) {
        if (r == null) {
            json.writeNullProperty("reconciliation");
            return;
        }
        json.writeObjectPropertyStart("reconciliation");
        json.writeBooleanProperty("passed", r.passed());
        json.writeNumberProperty("sourceRows", r.sourceRows());
        json.writeNumberProperty("targetRows", r.targetRows());
        json.writeNumberProperty("sourceDistinctKeys", r.sourceDistinctKeys());
        json.writeNumberProperty("targetDistinctKeys", r.targetDistinctKeys());
        json.writeArrayPropertyStart("sums");
        for (Reconciliation.SumCheck sum : r.sums()) {
            json.writeStartObject();
            json.writeStringProperty("column", sum.column());
            json.writeStringProperty("source", plain(sum.source()));
            json.writeStringProperty("target", plain(sum.target()));
            json.writeBooleanProperty("matches", sum.matches());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberProperty("missingInTargetCount", r.missingInTargetCount());
        strings("missingInTarget", r.missingInTarget());
        json.writeNumberProperty("missingInSourceCount", r.missingInSourceCount());
        strings("missingInSource", r.missingInSource());
        json.writeEndObject();
    }

    private void spotChecks(List<RunReport.SpotCheckRecord> checks) {
        json.writeArrayPropertyStart("spotChecks");
        for (RunReport.SpotCheckRecord check : checks) {
            json.writeStartObject();
            json.writeStringProperty("key", check.key());
            json.writeName("source");
            values(check.source());
            json.writeName("target");
            values(check.target());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void rows(String name, List<Map<String, Object>> rows) {
        json.writeArrayPropertyStart(name);
        for (Map<String, Object> row : rows) {
            values(row);
        }
        json.writeEndArray();
    }

    private void values(Map<String, ?> row) {
        if (row == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        for (Map.Entry<String, ?> entry : row.entrySet()) {
            json.writeName(entry.getKey());
            value(entry.getValue());
        }
        json.writeEndObject();
    }

    /** Numbers other than money stay numbers; decimals, dates and anything else are written as text. */
    private void value(Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            json.writeString(decimal.toPlainString());
        } else {
            json.writeString(value.toString());
        }
    }

    private void strings(String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(TemporalAccessor at) {
        return at == null ? null : at.toString();
    }

    /** Indented output: people read these reports too. */
    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
