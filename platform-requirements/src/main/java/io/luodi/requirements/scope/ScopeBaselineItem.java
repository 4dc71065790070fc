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
import org.hibernate.annotations.Immutable;

/** One requirement as it stood when its baseline was frozen. Written once. */
@Entity
@Immutable
@Table(name = "scope_baseline_item")
class ScopeBaselineItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "baseline_id")
    private ScopeBaseline baseline;

    private long requirementId;

    private int requirementNumber;

    private String title;

    private String description;

    private String category;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private boolean inScope;

    private String acceptanceCriteria;

    protected ScopeBaselineItem() {
    }

    ScopeBaselineItem(ScopeBaseline baseline, ScopeItem item) {
        this.baseline = baseline;
        this.requirementId = item.requirementId();
        this.requirementNumber = item.number();
        this.title = item.title();
        this.description = item.description();
        this.category = item.category();
        this.priority = item.priority();
        this.inScope = item.inScope();
        this.acceptanceCriteria = item.acceptanceCriteria();
    }

    ScopeItem toItem() {
        return new ScopeItem(requirementId, requirementNumber, title, description, category, priority, inScope,
                acceptanceCriteria);
    }
}
