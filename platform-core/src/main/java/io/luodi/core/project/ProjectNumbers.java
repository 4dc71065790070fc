package io.luodi.core.project;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the numbers behind per-project keys such as {@code REQ-001}, {@code CR-001} and {@code HIS-12}. The
 * counter row is updated in the caller's transaction, so concurrent creators queue on it and a rolled-back creation
 * gives its number back: keys have no gaps and never repeat.
 */
@Component
public class ProjectNumbers {

    /** A counter: a table of {@code (project_id primary key, last_number)} owned by the module that numbers. */
    public interface Counter {
        String table();
    }

    private final JdbcClient jdbc;

    ProjectNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Counter counter, long projectId) {
        String table = counter.table();
        return jdbc.sql("INSERT INTO " + table + " (project_id, last_number) VALUES (?, 1) "
                        + "ON CONFLICT (project_id) DO UPDATE SET last_number = " + table + ".last_number + 1 "
                        + "RETURNING last_number")
                .param(projectId)
                .query(Integer.class)
                .single();
    }
}
