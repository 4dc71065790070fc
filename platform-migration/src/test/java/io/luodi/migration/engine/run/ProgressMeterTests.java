package io.luodi.migration.engine.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMeterTests {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ProgressMeter meter = new ProgressMeter(nanos::get);

    @Test
    void reportsAtMostFourTimesASecond() {
        nanos.addAndGet(100_000_000L);
        assertThat(meter.due(10, 10, 100)).isNull();
        nanos.addAndGet(200_000_000L);
        assertThat(meter.due(20, 20, 100)).isNotNull();
        nanos.addAndGet(200_000_000L);
        assertThat(meter.due(30, 30, 100)).isNull();
    }

    @Test
    void estimatesTheRestFromTheShareOfBytesRead() {
        nanos.addAndGet(2_000_000_000L);
        RunProgress progress = meter.due(50_000, 250, 1_000);
        assertThat(progress.rowsPerSecond()).isEqualTo(25_000.0);
        assertThat(progress.eta()).isEqualTo(Duration.ofSeconds(6));
        assertThat(progress.percent()).isEqualTo(25);
    }

    @Test
    void promisesNoEtaInTheFirstMoments() {
        nanos.addAndGet(300_000_000L);
        assertThat(meter.due(64, 500, 1_000_000).eta()).isNull();
        nanos.addAndGet(1_000_000_000L);
        assertThat(meter.due(64, 5_000, 1_000_000).eta()).isNull();
        nanos.addAndGet(1_000_000_000L);
        assertThat(meter.due(200_000, 20_000, 1_000_000).eta()).isNotNull();
    }

    @Test
    void hasNoEtaWithoutASize() {
        nanos.addAndGet(1_000_000_000L);
        assertThat(meter.due(10, 5, -1).eta()).isNull();
    }
}
