package io.luodi.requirements.scope;

import io.luodi.requirements.requirement.Priority;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One requirement item of a change request; an addition learns its requirement's id when it is applied. */
@Entity
@Table(name = "change_request_item")
class ChangeRequestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_request_id")
    private ChangeRequest changeRequest;

    private int position;

    @Enumerated(EnumType.STRING)
    private ChangeAction action;

    private Long requirementId;

    private String title;

    private String description;

    private String category;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private String acceptanceCriteria;

    protected ChangeRequestItem() {
    }

    ChangeRequestItem(ChangeRequest changeRequest, int position, ChangeItem item) {
        this.changeRequest = changeRequest;
        this.position = position;
        this.action = item.action();
        this.requirementId = item.action() == ChangeAction.ADD ? null : item.requirementId();
        if (item.action() != ChangeAction.REMOVE) {
            this.title = item.title().strip();
            this.description = ScopeSections.clean(item.description());
            this.category = ScopeSections.clean(item.category());
            this.priority = item.priority();
            this.acceptanceCriteria = ScopeSections.clean(item.acceptanceCriteria());
        }
    }

    void created(Long requirement) {
        this.requirementId = requirement;
    }

    ChangeItem toItem() {
        return new ChangeItem(action, requirementId, title, description, category, priority, acceptanceCriteria);
    }

    int getPosition() {
        return position;
    }

    ChangeAction getAction() {
        return action;
    }

    Long getRequirementId() {
        return requirementId;
    }
}
