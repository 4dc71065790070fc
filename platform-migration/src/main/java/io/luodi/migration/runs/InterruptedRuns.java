package io.luodi.migration.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * At start, runs left queued or running by a stopped (or killed) application are marked failed as interrupted:
 * no thread will ever end them, and a new run of their dataset could not start while they look active. The
 * engine loads in one transaction, so an interrupted run left the target as it was.
 */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final MigrationRunRepository runs;
    private final Clock clock;

    InterruptedRuns(MigrationRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void markInterrupted() {
        int count = runs.failAll(List.of(RunStatus.QUEUED, RunStatus.RUNNING), RunView.INTERRUPTED, clock.instant());
        if (count > 0) {
            log.warn("Marked {} migration run(s) left unfinished by the last stop as failed (interrupted)", count);
        }
    }
}
