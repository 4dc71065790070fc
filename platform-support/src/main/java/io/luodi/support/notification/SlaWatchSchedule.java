package io.luodi.support.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA watch every {@code luodi.support.sla.watch-interval}. Spring's interval has no off value, so
 * {@code -} leaves this trigger out altogether (tests run the watch themselves).
 */
@Component
@ConditionalOnExpression("'${luodi.support.sla.watch-interval:1m}' != '-'")
class SlaWatchSchedule {

    private static final Logger log = LoggerFactory.getLogger(SlaWatchSchedule.class);

    private final SlaWatch watch;

    SlaWatchSchedule(SlaWatch watch) {
        this.watch = watch;
    }

    @Scheduled(fixedDelayString = "${luodi.support.sla.watch-interval:1m}",
            initialDelayString = "${luodi.support.sla.watch-interval:1m}")
    void onSchedule() {
        int told = watch.watch();
        if (told > 0) {
            log.info("SLA watch sent {} notification(s)", told);
        }
    }
}
