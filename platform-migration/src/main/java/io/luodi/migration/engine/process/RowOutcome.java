package io.luodi.migration.engine.process;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What processing made of one source row: target values to load, or the reasons it is rejected. */
public sealed interface RowOutcome {

    long line();

    /**
     * @param values one per {@code DatasetPlan.fields()}, in that order: {@code String}, {@code BigDecimal},
     *               {@code Long}, {@code LocalDate}, {@code LocalDateTime}, {@code Boolean}, or null
     */
    record Accepted(long line, List<Object> values) implements RowOutcome {
        public Accepted {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    record Rejected(long line, List<Rejection> rejections) implements RowOutcome {
        public Rejected {
            rejections = List.copyOf(rejections);
        }
    }
}
