package io.luodi.requirements.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the numbers behind per-project keys such as {@code REQ-001} and {@code CR-001}. The counter row is
 * updated in the caller's transaction, so concurrent creators queue on it and a rolled-back creation gives its
 * number back: keys have no gaps and never repeat.
 */
@Component
public class ProjectNumbers {

    /** The counters there are; each is a table keyed by project. */
    public enum Sequence {
        REQUIREMENT("requirement_counter"),
        CHANGE_REQUEST("change_request_counter");

        private final String table;

        Sequence(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    ProjectNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Sequence sequence, long projectId) {
        return jdbc.sql("INSERT INTO " + sequence.table + " (project_id, last_number) VALUES (?, 1) "
                        + "ON CONFLICT (project_id) DO UPDATE SET last_number = " + sequence.table + ".last_number + 1 "
                        + "RETURNING last_number")
                .param(projectId)
                .query(Integer.class)
                .single();
    }
}
