package io.luodi.core.project;

import io.luodi.core.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An implementation project at one customer: the aggregate that owns its phases and members, so phase moves and
 * membership changes go through it and its rules.
 */
@Entity
public class Project {

    /** How long hypercare and the optimisation phase are planned by default, counted from go-live. */
    static final int HYPERCARE_DAYS = 60;
    static final int OPTIMISATION_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String description;

    private Long customerOrganisationId;

    @Enumerated(EnumType.STRING)
    private SystemType systemType;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private LocalDate startDate;

    private LocalDate plannedGoLive;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProjectPhase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProjectMember> members = new ArrayList<>();

    protected Project() {
    }

    /**
     * Opens a project with all six phases planned: the four before go-live share the time up to it evenly, then
     * hypercare and optimisation follow. The plan is a starting point the project manager adjusts.
     */
    static Project open(ProjectDetails details) {
        Project project = new Project();
        project.apply(details);
        LocalDate start = details.startDate();
        long quarter = Math.max(1, ChronoUnit.DAYS.between(start, details.plannedGoLive()) / 4);
        Phase[] beforeGoLive = {Phase.REQUIREMENTS, Phase.ENVIRONMENT, Phase.DATA_MIGRATION, Phase.TRAINING};
        for (int i = 0; i < beforeGoLive.length; i++) {
            LocalDate from = start.plusDays(quarter * i);
            LocalDate to = i == beforeGoLive.length - 1 ? details.plannedGoLive().minusDays(1)
                    : start.plusDays(quarter * (i + 1) - 1);
            project.phases.add(new ProjectPhase(project, beforeGoLive[i], from, to.isBefore(from) ? from : to));
        }
        LocalDate goLive = details.plannedGoLive();
        project.phases.add(new ProjectPhase(project, Phase.GO_LIVE_SUPPORT, goLive, goLive.plusDays(HYPERCARE_DAYS - 1)));
        project.phases.add(new ProjectPhase(project, Phase.OPTIMISATION, goLive.plusDays(HYPERCARE_DAYS),
                goLive.plusDays(HYPERCARE_DAYS + OPTIMISATION_DAYS - 1)));
        return project;
    }

    void update(ProjectDetails details) {
        apply(details);
    }

    private void apply(ProjectDetails details) {
        if (details.plannedGoLive().isBefore(details.startDate())) {
            throw BusinessRuleException.onField("plannedGoLive", "project.dates.order");
        }
        this.code = details.code();
        this.name = details.name().trim();
        this.description = details.description() == null || details.description().isBlank() ? null
                : details.description().trim();
        this.customerOrganisationId = details.customerOrganisationId();
        this.systemType = details.systemType();
        this.status = details.status();
        this.startDate = details.startDate();
        this.plannedGoLive = details.plannedGoLive();
    }

    void planPhase(Phase phase, LocalDate plannedStart, LocalDate plannedEnd, String internalNote) {
        phase(phase).plan(plannedStart, plannedEnd,
                internalNote == null || internalNote.isBlank() ? null : internalNote.trim());
    }

    void startPhase(Phase phase, LocalDate on) {
        phase(phase).start(on);
    }

    void completePhase(Phase phase, LocalDate on) {
        phase(phase).complete(on);
    }

    void reopenPhase(Phase phase) {
        phase(phase).reopen();
    }

    void addMember(long userId, ProjectRole role) {
        if (member(userId).isPresent()) {
            throw BusinessRuleException.onField("userId", "member.already");
        }
        members.add(new ProjectMember(this, userId, role));
    }

    void changeMemberRole(long userId, ProjectRole role) {
        member(userId).orElseThrow(() -> new BusinessRuleException("member.unknown")).changeRole(role);
    }

    void removeMember(long userId) {
        ProjectMember member = member(userId).orElseThrow(() -> new BusinessRuleException("member.unknown"));
        if (member.getProjectRole() == ProjectRole.PROJECT_MANAGER && members.stream()
                .filter(m -> m.getProjectRole() == ProjectRole.PROJECT_MANAGER).count() == 1) {
            throw new BusinessRuleException("member.last.manager");
        }
        members.remove(member);
    }

    public Optional<ProjectMember> member(long userId) {
        return members.stream().filter(m -> m.getUserId() == userId).findFirst();
    }

    public ProjectPhase phase(Phase phase) {
        return phases.stream().filter(p -> p.getPhase() == phase).findFirst()
                .orElseThrow(() -> new IllegalStateException("project " + id + " lacks phase " + phase));
    }

    /** Phases in their natural order. */
    public List<ProjectPhase> getPhases() {
        return phases.stream().sorted(Comparator.comparing(ProjectPhase::getPhase)).toList();
    }

    public List<ProjectMember> getMembers() {
        return List.copyOf(members);
    }

    /** The first phase that is not done yet, or the last one when all are. */
    public ProjectPhase currentPhase() {
        List<ProjectPhase> ordered = getPhases();
        return ordered.stream().filter(p -> p.getStatus() != PhaseStatus.DONE).findFirst()
                .orElse(ordered.get(ordered.size() - 1));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getCustomerOrganisationId() {
        return customerOrganisationId;
    }

    public SystemType getSystemType() {
        return systemType;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getPlannedGoLive() {
        return plannedGoLive;
    }

    public long getVersion() {
        return version;
    }
}
