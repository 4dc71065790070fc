package io.luodi.support.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an improvement stands: proposed → under review → planned → in progress → done, or declined with a reason
 * before it is done. A declined improvement can be taken up again for review; a done one is final.
 */
public enum ImprovementStatus {
    PROPOSED, UNDER_REVIEW, PLANNED, IN_PROGRESS, DONE, DECLINED;

    /** The statuses an improvement in this status may move to. */
    public Set<ImprovementStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(UNDER_REVIEW, DECLINED);
            case UNDER_REVIEW -> EnumSet.of(PLANNED, DECLINED);
            case PLANNED -> EnumSet.of(IN_PROGRESS, DECLINED);
            case IN_PROGRESS -> EnumSet.of(DONE, PLANNED);
            case DONE -> EnumSet.noneOf(ImprovementStatus.class);
            case DECLINED -> EnumSet.of(UNDER_REVIEW);
        };
    }

    public boolean canMoveTo(ImprovementStatus target) {
        return next().contains(target);
    }

    /** Done or declined: nothing left to vote for. */
    public boolean isClosed() {
        return this == DONE || this == DECLINED;
    }
}
