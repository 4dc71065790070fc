package io.luodi.migration.engine.run;

import io.luodi.migration.engine.load.CopyLoader;
import io.luodi.migration.engine.load.LoadResult;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.load.TargetTables;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.process.RowOutcome;
import io.luodi.migration.engine.process.RowProcessor;
import io.luodi.migration.engine.source.SourceReader;
import io.luodi.migration.engine.source.SourceRow;
import io.luodi.migration.engine.text.Texts;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs one dataset of a plan: source → {@link RowProcessor} → {@link CopyLoader}, in one transaction on the
 * target. SAMPLE processes the first or a random N rows and commits nothing; FULL and INCREMENTAL load, then
 * reconcile, and FULL fetches the spot-check records. Cancellation and any failure roll the target back; the
 * report then says CANCELLED or FAILED in words the user can act on.
 *
 * <p>Memory does not grow with the source: one row is in flight, plus the sample or spot-check reservoir.
 */
public final class MigrationRunner {

    /** How often the listener is asked whether to stop: often enough to stop within milliseconds. */
    private static final int CANCEL_POLL_ROWS = 64;

    private final Locale locale;
    private final Texts texts;
    private final Clock clock;

    public MigrationRunner(Locale locale) {
        this(locale, Clock.systemUTC());
    }

    MigrationRunner(Locale locale, Clock clock) {
        this.locale = locale;
        this.texts = Texts.of(locale);
        this.clock = clock;
    }

    public RunReport run(RunRequest request, RunListener listener) {
        return new Run(request, listener).execute();
    }

    /** The state of one run; thrown away afterwards. */
    private final class Run {
        private final RunRequest request;
        private final RunListener listener;
        private DatasetPlan dataset;
        private final Instant startedAt = clock.instant();
        private final ProgressMeter meter = new ProgressMeter(System::nanoTime);
        private final SplittableRandom random = new SplittableRandom();
        private FileDigest digest;
        private String encoding;
        private long rowsRead;
        private long rejectedRows;
        /** The header's width for a workbook source, whose rows may lack their trailing empty cells; else 0. */
        private int workbookWidth;

        Run(RunRequest request, RunListener listener) {
            this.request = request;
            this.listener = listener;
        }

        RunReport execute() {
            try {
                dataset = dataset(request);
                return load();
            } catch (Cancelled cancelled) {
                return ended(RunReport.Outcome.CANCELLED, null);
            } catch (RuntimeException | IOException | SQLException | OutOfMemoryError e) {
                return ended(RunReport.Outcome.FAILED, RunFailures.describe(e, texts, locale));
            }
        }

        private RunReport load() throws IOException, SQLException {
            try (Connection target = connectTarget()) {
                TargetTable table = describe(target);
                encoding = Sources.encoding(request, dataset);
                try (SourceReader reader = Sources.open(request, dataset)) {
                    List<String> header = reader.header();
                    workbookWidth = request.sourceFile() != null && Sources.isWorkbook(request.sourceFile())
                            ? header.size() : 0;
                    RowProcessor processor = new RowProcessor(request.plan(), dataset, header, table);
                    try (CopyLoader loader = CopyLoader.open(target, table, dataset, request.mode(),
                            this::rejectedByLoader)) {
                        List<SpotChecks.Candidate> candidates = stream(reader, processor, loader);
                        // Everything is read: 100% now; de-duplicating, merging and reconciling follow.
                        listener.progress(meter.now(rowsRead, reader.size(), reader.size()));
                        startDigest();
                        LoadResult result = loader.finish();
                        return finished(result, spotChecks(target, table, header, candidates));
                    }
                }
            }
        }

        /**
         * The spot-check records of a FULL run, read after the commit: if reading them fails, the load still
         * succeeded and must not be reported as failed, so the run just offers none.
         */
        private List<RunReport.SpotCheckRecord> spotChecks(Connection target, TargetTable table, List<String> header,
                                                           List<SpotChecks.Candidate> candidates) {
            if (request.mode() != RunMode.FULL) {
                return List.of();
            }
            try {
                return SpotChecks.fetch(target, table, dataset.target().key(), header, candidates);
            } catch (SQLException e) {
                return List.of();
            }
        }

        private static DatasetPlan dataset(RunRequest request) {
            return request.plan().datasets().stream().filter(d -> d.name().equals(request.dataset())).findFirst()
                    .orElseThrow(() -> new RunFailures.Failure("migration.run.failure.noDataset", null,
                            request.dataset(), request.plan().datasets().stream().map(DatasetPlan::name).toList()));
        }

        private Connection connectTarget() {
            try {
                return request.target().open();
            } catch (SQLException e) {
                throw new RunFailures.Failure("migration.run.failure.target", e, request.target().url());
            }
        }

        private TargetTable describe(Connection target) throws SQLException {
            return TargetTables.describe(target, dataset.target().table());
        }

        /** Reads, processes and hands rows to the loader; returns the spot-check candidates of a FULL run. */
        private List<SpotChecks.Candidate> stream(SourceReader reader, RowProcessor processor, CopyLoader loader)
                throws IOException {
            Reservoir<SpotChecks.Candidate> spotChecks = new Reservoir<>(
                    request.mode() == RunMode.FULL ? dataset.spotChecks() : 0, random);
            int[] keyIndexes = keyIndexes();
            if (request.mode() == RunMode.SAMPLE && request.randomSample()) {
                for (SourceRow row : randomSample(reader)) {
                    process(row, processor, loader, null, keyIndexes);
                }
                return List.of();
            }
            long limit = request.mode() == RunMode.SAMPLE ? Math.max(0, request.sampleSize()) : Long.MAX_VALUE;
            for (SourceRow row; rowsRead < limit && (row = reader.next()) != null; ) {
                rowsRead++;
                process(row, processor, loader, spotChecks, keyIndexes);
                tick(reader);
            }
            return spotChecks.items();
        }

        /** A uniform random N of the whole source, in line order; only the chosen rows are processed. */
        private List<SourceRow> randomSample(SourceReader reader) throws IOException {
            Reservoir<SourceRow> sample = new Reservoir<>(Math.max(0, request.sampleSize()), random);
            long seen = 0;
            for (SourceRow row; (row = reader.next()) != null; ) {
                sample.offer(row);
                seen++;
                if ((seen & (CANCEL_POLL_ROWS - 1)) == 0) {
                    pollCancel();
                    RunProgress progress = meter.due(seen, reader.position(), reader.size());
                    if (progress != null) {
                        listener.progress(progress);
                    }
                }
            }
            List<SourceRow> rows = new ArrayList<>(sample.items());
            rows.sort(Comparator.comparingLong(SourceRow::line));
            rowsRead = rows.size();
            return rows;
        }

        private void process(SourceRow row, RowProcessor processor, CopyLoader loader,
                             Reservoir<SpotChecks.Candidate> spotChecks, int[] keyIndexes) {
            RowOutcome outcome = processor.process(workbookWidth > 0 ? Sources.padded(row, workbookWidth) : row);
            if (outcome instanceof RowOutcome.Accepted accepted) {
                loader.accept(accepted);
                int slot = spotChecks == null ? -1 : spotChecks.slotForNext();
                if (slot >= 0) {
                    spotChecks.put(slot, new SpotChecks.Candidate(row, keyValues(accepted, keyIndexes)));
                }
            } else if (outcome instanceof RowOutcome.Rejected rejected) {
                rejectedRows++;
                for (Rejection rejection : rejected.rejections()) {
                    listener.rejected(rejection);
                }
            }
        }

        /** Rows the database-side checks reject (missing references); the loader counts them. */
        private void rejectedByLoader(Rejection rejection) {
            listener.rejected(rejection);
        }

        private void tick(SourceReader reader) {
            if ((rowsRead & (CANCEL_POLL_ROWS - 1)) != 0) {
                return;
            }
            pollCancel();
            RunProgress progress = meter.due(rowsRead, reader.position(), reader.size());
            if (progress != null) {
                listener.progress(progress);
            }
        }

        private void pollCancel() {
            if (listener.cancelRequested()) {
                throw new Cancelled();
            }
        }

        private int[] keyIndexes() {
            List<FieldMapping> fields = dataset.fields();
            List<String> key = dataset.target().key();
            int[] indexes = new int[key.size()];
            for (int k = 0; k < key.size(); k++) {
                indexes[k] = -1;
                for (int f = 0; f < fields.size(); f++) {
                    if (fields.get(f).target().equals(key.get(k))) {
                        indexes[k] = f;
                    }
                }
            }
            return indexes;
        }

        private static List<Object> keyValues(RowOutcome.Accepted accepted, int[] keyIndexes) {
            List<Object> key = new ArrayList<>(keyIndexes.length);
            for (int index : keyIndexes) {
                key.add(index < 0 ? null : accepted.values().get(index));
            }
            return key;
        }

        private RunReport finished(LoadResult result, List<RunReport.SpotCheckRecord> spotChecks) {
            long rejected = rejectedRows + result.referenceRejected();
            return new RunReport(request.plan().name(), request.plan().version(), dataset.name(), request.mode(),
                    RunReport.Outcome.SUCCEEDED, request.sourceFileName(), sha256OrNull(), encoding, startedAt,
                    clock.instant(), rowsRead, result.inserted(), result.updated(), result.unchanged(), rejected,
                    result.duplicatesRemoved(), result.reconciliation(), result.preview(), spotChecks, null);
        }

        private RunReport ended(RunReport.Outcome outcome, String failure) {
            return new RunReport(request.plan().name(), request.plan().version(), request.dataset(), request.mode(),
                    outcome, request.sourceFileName(), sha256OrNull(), encoding, startedAt, clock.instant(), rowsRead,
                    0, 0, 0, rejectedRows, 0, null, List.of(), List.of(), failure);
        }

        /**
         * Hashes the source file on its own thread while PostgreSQL finishes the load: the server then works on
         * one core and the other would idle, whereas during streaming both are busy parsing and copying.
         */
        private void startDigest() {
            if (request.sourceFile() != null && digest == null) {
                digest = FileDigest.start(request.sourceFile());
            }
        }

        /**
         * The digest, or null when the file could not be hashed: the run's outcome does not hang on it. A run that
         * stopped while reading still records the file it read; one that never read it does not wait for a hash.
         */
        private String sha256OrNull() {
            if (rowsRead > 0) {
                startDigest();
            }
            try {
                return digest == null ? null : digest.await();
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Unwinds a run the listener asked to stop; the loader's close rolls the transaction back. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
