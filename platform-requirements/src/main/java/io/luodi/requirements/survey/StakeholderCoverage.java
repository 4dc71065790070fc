package io.luodi.requirements.survey;

import java.util.List;

/**
 * Which groups of one stakeholder kind a project has surveyed; a kind without any survey is a gap to close
 * before requirements are signed off.
 */
public record StakeholderCoverage(StakeholderKind kind, List<Group> groups) {

    /** A surveyed group, e.g. 财务部, with how many surveys it had and whether one of them is completed. */
    public record Group(String name, int surveys, boolean completed) {
    }

    public boolean isGap() {
        return groups.isEmpty();
    }
}
