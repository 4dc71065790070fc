package io.luodi.requirements.scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the moves of one project's scope (edit, freeze, sign, withdraw, decide) with a PostgreSQL advisory
 * lock held until the transaction ends, so two people acting at once cannot both take the next baseline number
 * or apply two change requests over the same baseline.
 */
@Component
class ScopeLock {

    /** The lock's class, so these locks never meet another feature's advisory locks on the same number. */
    private static final int SCOPE = 0x5C0BE;

    private final JdbcClient jdbc;

    ScopeLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long projectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                .param(SCOPE)
                .param((int) (projectId % Integer.MAX_VALUE))
                .query((rs, row) -> row)
                .list();
    }
}
