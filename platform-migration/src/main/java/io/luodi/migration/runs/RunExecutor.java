package io.luodi.migration.runs;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.run.RunListener;
import io.luodi.migration.engine.run.RunProgress;
import io.luodi.migration.engine.run.RunReport;
import io.luodi.migration.engine.run.RunRequest;
import io.luodi.migration.planning.MigrationDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs migrations in the background, never on a request's thread: a few at a time with a bounded queue behind
 * them (a full queue refuses the run). A run hears of a cancel at once when it was asked on this server, and from
 * the database at its next progress report otherwise; its rejected rows are written in batches as they come.
 */
@Component
class RunExecutor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);
    private static final long PROGRESS_EVERY_MILLIS = 400;
    private static final int REJECT_BATCH = 500;

    private final MigrationEngine engine;
    private final RunRecorder recorder;
    private final RejectedRows rejectedRows;
    private final int maxStoredRejects;
    private final ThreadPoolExecutor pool;
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();

    RunExecutor(MigrationEngine engine, RunRecorder recorder, RejectedRows rejectedRows,
                MigrationProperties properties) {
        this.engine = engine;
        this.recorder = recorder;
        this.rejectedRows = rejectedRows;
        this.maxStoredRejects = properties.runs().maxStoredRejects();
        AtomicInteger threads = new AtomicInteger();
        int queue = properties.runs().queue();
        this.pool = new ThreadPoolExecutor(properties.runs().threads(), properties.runs().threads(), 0,
                TimeUnit.MILLISECONDS, queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "migration-run-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues a queued run; refused when the queue is full, and the run is then recorded as failed. */
    void submit(long runId, RunRequest request, Locale locale) {
        cancels.put(runId, new AtomicBoolean());
        try {
            pool.execute(() -> execute(runId, request, locale));
        } catch (RejectedExecutionException full) {
            cancels.remove(runId);
            recorder.fail(runId, "migration.run.queueFull");
            throw new BusinessRuleException("migration.run.queueFull");
        }
    }

    /** Asks a run to stop; it rolls back and ends CANCELLED. */
    void cancel(long runId) {
        recorder.requestCancel(runId);
        AtomicBoolean flag = cancels.get(runId);
        if (flag != null) {
            flag.set(true);
        }
    }

    private void execute(long runId, RunRequest request, Locale locale) {
        Listener listener = new Listener(runId, cancels.getOrDefault(runId, new AtomicBoolean()));
        try {
            if (!recorder.start(runId)) {
                return;
            }
            RunReport report = engine.run(request, listener, locale);
            listener.flush();
            recorder.finish(runId, report);
        } catch (RuntimeException e) {
            // The class and message only: the engine's messages name files and columns, never credentials.
            log.warn("Migration run {} failed unexpectedly", runId, e);
            listener.flushQuietly();
            recorder.fail(runId, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + MigrationDatabases.scrub(e.getMessage(), request.target() == null ? null
                    : request.target().password())));
        } finally {
            cancels.remove(runId);
        }
    }

    /** What a run tells as it goes: progress written a few times a second, rejected rows in batches. */
    private final class Listener implements RunListener {

        private final long runId;
        private final AtomicBoolean cancel;
        private final List<Rejection> batch = new ArrayList<>();
        private int stored;
        private long lastProgress;

        Listener(long runId, AtomicBoolean cancel) {
            this.runId = runId;
            this.cancel = cancel;
        }

        @Override
        public void progress(RunProgress progress) {
            long now = System.currentTimeMillis();
            if (now - lastProgress < PROGRESS_EVERY_MILLIS) {
                return;
            }
            lastProgress = now;
            flush();
            if (recorder.progress(runId, progress)) {
                cancel.set(true);
            }
        }

        @Override
        public void rejected(Rejection rejection) {
            if (stored + batch.size() >= maxStoredRejects) {
                return;
            }
            batch.add(rejection);
            if (batch.size() >= REJECT_BATCH) {
                flush();
            }
        }

        @Override
        public boolean cancelRequested() {
            return cancel.get();
        }

        void flush() {
            rejectedRows.append(runId, stored, batch);
            stored += batch.size();
            batch.clear();
        }

        void flushQuietly() {
            try {
                flush();
            } catch (RuntimeException e) {
                log.warn("Rejected rows of run {} could not be stored", runId, e);
            }
        }
    }

    @Override
    public void destroy() {
        cancels.values().forEach(flag -> flag.set(true));
        pool.shutdownNow();
    }
}
