package io.luodi.requirements.requirement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether a project's scope has been signed. Once a baseline is signed, what it froze (every requirement field
 * but the internal note) moves only through a change request; direct edits are refused.
 */
@Component
public class SignedScope {

    private final JdbcClient jdbc;

    SignedScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of the latest signed baseline, if any baseline of the project has been signed. */
    public Optional<Integer> latestSignedBaseline(long projectId) {
        return jdbc.sql("""
                        SELECT number FROM scope_baseline WHERE project_id = ? AND status = 'SIGNED'
                        ORDER BY number DESC LIMIT 1""")
                .param(projectId).query(Integer.class).optional();
    }

    public boolean isSigned(long projectId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM scope_baseline WHERE project_id = ? AND status = 'SIGNED')")
                .param(projectId).query(Boolean.class).single();
    }
}
