package io.luodi.migration.engine.cli;

import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.rejects.RejectedRowsWriter;
import io.luodi.migration.engine.report.RunReportJson;
import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.text.Texts;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The command line's ear on a run: a progress line on stderr about once a second, and every rejected row straight
 * into the JSON report and the rejects file.
 */
final class CommandListener implements RunListener {

    private static final long PRINT_INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final Texts texts;
    private final String label;
    private final RunReportJson report;
    private final RejectedRowsWriter rejects;
    private long lastPrinted = Long.MIN_VALUE;

    CommandListener(PrintStream err, Texts texts, String label, RunReportJson report, RejectedRowsWriter rejects) {
        this.err = err;
        this.texts = texts;
        this.label = label;
        this.report = report;
        this.rejects = rejects;
    }

    @Override
    public void progress(RunProgress progress) {
        long now = System.nanoTime();
        boolean done = progress.size() > 0 && progress.position() >= progress.size();
        if (!done && lastPrinted != Long.MIN_VALUE && now - lastPrinted < PRINT_INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        String eta = progress.eta() == null ? "?" : clock(progress.eta());
        String percent = progress.percent() < 0 ? "?" : Integer.toString(progress.percent());
        err.println(texts.get("migration.cli.progress", label, percent, progress.rowsRead(),
                Math.round(progress.rowsPerSecond()), eta));
    }

    @Override
    public void rejected(Rejection rejection) {
        report.rejected(rejection);
        if (rejects != null) {
            try {
                rejects.write(rejection);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The command line has no cancel button; Ctrl-C ends the JVM and PostgreSQL rolls the transaction back. */
    @Override
    public boolean cancelRequested() {
        return false;
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
