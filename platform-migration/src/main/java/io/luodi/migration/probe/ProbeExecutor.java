package io.luodi.migration.probe;

import io.luodi.core.BusinessRuleException;
import io.luodi.migration.MigrationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs probes in the background, never on a request's thread: a few at a time, a bounded queue behind them (a
 * full queue refuses the run rather than piling up), and a watchdog that ends a run at its timeout even while
 * the network keeps the probe waiting. Probes get nine tenths of the timeout for their own socket timeouts, so
 * they usually end with their own, more precise message before the watchdog speaks.
 */
@Component
class ProbeExecutor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProbeExecutor.class);

    private final ProbeRecorder recorder;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;

    ProbeExecutor(ProbeRecorder recorder, MigrationProperties properties) {
        this.recorder = recorder;
        this.timeout = properties.probes().timeout();
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.probes().threads(), properties.probes().threads(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.probes().queue()), runnable -> {
            Thread thread = new Thread(runnable, "probe-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "probe-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The time a probe itself may spend. */
    Duration probeBudget() {
        return timeout.multipliedBy(9).dividedBy(10);
    }

    /** Queues a run; refused when the queue is full, and the run is then recorded as not run. */
    void submit(long runId, Supplier<ProbeOutcome> probe) {
        try {
            pool.execute(() -> run(runId, probe));
        } catch (RejectedExecutionException full) {
            recorder.finish(runId, ProbeOutcome.error("probe.busy", null));
            throw new BusinessRuleException("probe.busy");
        }
    }

    private void run(long runId, Supplier<ProbeOutcome> probe) {
        recorder.start(runId);
        String limit = timeout.toSeconds() > 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        ScheduledFuture<?> alarm = watchdog.schedule(() -> recorder.timedOut(runId, limit), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        ProbeOutcome outcome;
        try {
            outcome = probe.get();
        } catch (BusinessRuleException refusal) {
            outcome = ProbeOutcome.error(refusal.messageCode(), null);
        } catch (RuntimeException e) {
            // The class only: a message could carry what the probe connected with.
            log.warn("Probe run {} failed unexpectedly: {}", runId, e.getClass().getName());
            outcome = ProbeOutcome.error("probe.result.error", e.getClass().getSimpleName());
        } finally {
            alarm.cancel(false);
        }
        recorder.finish(runId, outcome);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }
}
