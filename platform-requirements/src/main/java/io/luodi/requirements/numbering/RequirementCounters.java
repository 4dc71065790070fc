package io.luodi.requirements.numbering;

import io.luodi.core.project.ProjectNumbers;

/** The per-project counters of the requirements phase: REQ-nnn and CR-nnn. */
public enum RequirementCounters implements ProjectNumbers.Counter {
    REQUIREMENT("requirement_counter"),
    CHANGE_REQUEST("change_request_counter");

    private final String table;

    RequirementCounters(String table) {
        this.table = table;
    }

    @Override
    public String table() {
        return table;
    }
}
