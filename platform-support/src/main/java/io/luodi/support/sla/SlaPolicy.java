package io.luodi.support.sla;

import io.luodi.support.ticket.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One of a project's SLA policies: a business calendar and a target per severity. */
@Entity
@Table(name = "sla_policy")
class SlaPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    @Enumerated(EnumType.STRING)
    private PolicyKind kind;

    private long calendarId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_target", joinColumns = @JoinColumn(name = "policy_id"))
    private List<SlaTarget> targets = new ArrayList<>();

    protected SlaPolicy() {
    }

    SlaPolicy(long projectId, PolicyKind kind, long calendarId, List<SlaTarget> targets) {
        this.projectId = projectId;
        this.kind = kind;
        this.calendarId = calendarId;
        this.targets.addAll(targets);
    }

    SlaTarget target(Severity severity) {
        return targets.stream().filter(t -> t.severity() == severity).findFirst()
                .orElseThrow(() -> new IllegalStateException("policy " + id + " has no target for " + severity));
    }

    void replace(long calendarId, List<SlaTarget> targets) {
        this.calendarId = calendarId;
        this.targets.clear();
        this.targets.addAll(targets);
    }

    PolicyKind getKind() {
        return kind;
    }

    long getCalendarId() {
        return calendarId;
    }

    List<SlaTarget> getTargets() {
        return targets.stream().sorted(Comparator.comparing(SlaTarget::severity)).toList();
    }

    long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }
}
