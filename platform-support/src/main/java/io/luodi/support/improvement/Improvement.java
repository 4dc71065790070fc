package io.luodi.support.improvement;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.organisation.OrganisationKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A suggestion for the system after go-live, raised by anyone on the project, customers included. It owns its
 * status transitions and keeps each one as history.
 */
@Entity
@Table(name = "improvement")
class Improvement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private ImprovementCategory category;

    @Enumerated(EnumType.STRING)
    private ImprovementStatus status;

    private String declineReason;

    private String targetRelease;

    private String internalNote;

    private long raisedByUserId;

    private String raisedByName;

    @Enumerated(EnumType.STRING)
    private OrganisationKind raisedBySide;

    private Instant raisedAt;

    private Instant doneAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "improvement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<ImprovementStatusChange> history = new ArrayList<>();

    protected Improvement() {
    }

    static Improvement raise(long projectId, String title, String description, ImprovementCategory category,
                             long userId, String userName, OrganisationKind side, Instant at) {
        Improvement improvement = new Improvement();
        improvement.projectId = projectId;
        improvement.title = title.strip();
        improvement.description = clean(description);
        improvement.category = category;
        improvement.status = ImprovementStatus.PROPOSED;
        improvement.raisedByUserId = userId;
        improvement.raisedByName = userName;
        improvement.raisedBySide = side;
        improvement.raisedAt = at;
        improvement.history.add(new ImprovementStatusChange(improvement, null, ImprovementStatus.PROPOSED, null,
                userName, at));
        return improvement;
    }

    /** What the implementer edits: the wording, the category, the target release and the internal note. */
    void edit(String title, String description, ImprovementCategory category, String targetRelease,
              String internalNote) {
        this.title = title.strip();
        this.description = clean(description);
        this.category = category;
        this.targetRelease = clean(targetRelease);
        this.internalNote = clean(internalNote);
    }

    /**
     * Moves to another status if the current one allows it. Declining needs a reason; a target release given
     * with the move replaces the one recorded.
     */
    void moveTo(ImprovementStatus target, String reason, String release, String by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw BusinessRuleException.onField("status", "improvement.status.illegal", status, target);
        }
        String why = clean(reason);
        if (target == ImprovementStatus.DECLINED && why == null) {
            throw BusinessRuleException.onField("reason", "improvement.declineReason.missing");
        }
        history.add(new ImprovementStatusChange(this, status, target, why, by, at));
        status = target;
        declineReason = target == ImprovementStatus.DECLINED ? why : null;
        doneAt = target == ImprovementStatus.DONE ? at : null;
        if (clean(release) != null) {
            targetRelease = clean(release);
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    ImprovementCategory getCategory() {
        return category;
    }

    ImprovementStatus getStatus() {
        return status;
    }

    String getDeclineReason() {
        return declineReason;
    }

    String getTargetRelease() {
        return targetRelease;
    }

    String getInternalNote() {
        return internalNote;
    }

    long getRaisedByUserId() {
        return raisedByUserId;
    }

    String getRaisedByName() {
        return raisedByName;
    }

    OrganisationKind getRaisedBySide() {
        return raisedBySide;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    long getVersion() {
        return version;
    }

    List<ImprovementStatusChange> getHistory() {
        return List.copyOf(history);
    }
}
