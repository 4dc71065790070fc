package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.requirements.requirement.RequirementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's scope statement and its baselines. The project's managers write the statement and put it up for
 * signature, which freezes a numbered baseline; one signature per side (implementer: a manager; customer: a user
 * of the customer organisation) makes it signed, and a signed baseline never changes. After the first sign-off the
 * scope moves only through change requests ({@link ChangeRequestManagement}). Consultants and customers read.
 */
@Service
@Transactional(readOnly = true)
public class ScopeManagement {

    private final ScopeStatementRepository statements;
    private final ScopeBaselineRepository baselines;
    private final ChangeRequestRepository changeRequests;
    private final RequirementRepository requirements;
    private final ScopeLock lock;
    private final ProjectManagement projects;
    private final AuditLog audit;
    private final CoreProperties core;
    private final Clock clock;

    ScopeManagement(ScopeStatementRepository statements, ScopeBaselineRepository baselines,
                    ChangeRequestRepository changeRequests, RequirementRepository requirements, ScopeLock lock,
                    ProjectManagement projects, AuditLog audit, CoreProperties core, Clock clock) {
        this.statements = statements;
        this.baselines = baselines;
        this.changeRequests = changeRequests;
        this.requirements = requirements;
        this.lock = lock;
        this.projects = projects;
        this.audit = audit;
        this.core = core;
        this.clock = clock;
    }

    public ScopeOverview overview(ProjectAccess access) {
        long projectId = access.projectId();
        List<ScopeItem> items = liveItems(projectId);
        List<BaselineSummary> summaries = summaries(projectId);
        Set<Long> signedScope = baselines.findFirstByProjectIdAndStatusOrderByNumberDesc(projectId,
                        BaselineStatus.SIGNED)
                .map(b -> b.snapshot().stream().filter(ScopeItem::inScope).map(ScopeItem::requirementId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        return new ScopeOverview(statement(access), items.stream().filter(ScopeItem::inScope).toList(),
                items.stream().filter(i -> !i.inScope()).toList(), summaries, signedScope);
    }

    public StatementView statement(ProjectAccess access) {
        return statements.findByProjectId(access.projectId())
                .map(s -> new StatementView(s.sections(), s.getVersion(), s.getUpdatedBy(), s.getUpdatedAt()))
                .orElse(new StatementView(ScopeSections.EMPTY, null, null, null));
    }

    /** Whether the project's scope has been signed; from then on only change requests move it. */
    public boolean isSignedOff(ProjectAccess access) {
        return baselines.existsByProjectIdAndStatus(access.projectId(), BaselineStatus.SIGNED);
    }

    /** Whether the statement may be edited by this user now: a manager, before sign-off, with nothing awaiting. */
    public boolean canEditStatement(ProjectAccess access) {
        return access.canManage() && editRefusal(access.projectId()) == null;
    }

    /**
     * Saves the statement.
     *
     * @param expectedVersion the version the editor started from, null if they started from an empty statement
     */
    @Transactional
    public void saveStatement(ProjectAccess access, ScopeSections sections, Long expectedVersion) {
        requireManager(access);
        long projectId = access.projectId();
        lock.lock(projectId);
        String refusal = editRefusal(projectId);
        if (refusal != null) {
            throw new BusinessRuleException(refusal);
        }
        requireLength(sections);
        Instant now = clock.instant();
        String actor = access.user().username();
        ScopeStatement statement = statements.findByProjectId(projectId).orElse(null);
        if (statement == null) {
            if (expectedVersion != null) {
                throw new BusinessRuleException("scope.statement.stale");
            }
            statement = statements.save(ScopeStatement.write(projectId, sections, actor, now));
            audit.record(AuditAction.CREATE, "scope-statement", statement.getId(), projectId, "written");
            return;
        }
        if (expectedVersion == null || expectedVersion != statement.getVersion()) {
            throw new BusinessRuleException("scope.statement.stale");
        }
        List<ScopeSection> changed = statement.revise(sections, actor, now);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATE, "scope-statement", statement.getId(), projectId,
                    "sections " + changed);
        }
    }

    /**
     * Freezes the statement and the requirements as a new baseline awaiting both sides' signatures.
     *
     * @return the baseline's number
     */
    @Transactional
    public int putUpForSignature(ProjectAccess access) {
        requireManager(access);
        long projectId = access.projectId();
        lock.lock(projectId);
        if (baselines.existsByProjectIdAndStatus(projectId, BaselineStatus.SIGNED)) {
            throw new BusinessRuleException("scope.baseline.signedOff");
        }
        if (baselines.existsByProjectIdAndStatus(projectId, BaselineStatus.AWAITING_SIGNATURES)) {
            throw new BusinessRuleException("scope.baseline.alreadyAwaiting");
        }
        ScopeStatement statement = statements.findByProjectId(projectId)
                .orElseThrow(() -> new BusinessRuleException("scope.baseline.noStatement"));
        List<ScopeItem> snapshot = liveItems(projectId);
        if (snapshot.stream().noneMatch(ScopeItem::inScope)) {
            throw new BusinessRuleException("scope.baseline.nothingInScope");
        }
        int number = baselines.lastNumber(projectId) + 1;
        ScopeBaseline baseline = baselines.save(ScopeBaseline.forSignature(projectId, number, statement.sections(),
                snapshot, access.user().username(), clock.instant()));
        audit.record(AuditAction.CREATE, "scope-baseline", baseline.getId(), projectId,
                "v" + number + " put up for signature with " + snapshot.stream().filter(ScopeItem::inScope).count()
                        + " requirements in scope");
        return number;
    }

    /**
     * Signs a baseline for the user's side.
     *
     * @return whether the baseline is now signed by both sides
     */
    @Transactional
    public boolean sign(ProjectAccess access, int number, String comment) {
        SignatureSide side = SignatureSide.of(access).orElseThrow(() -> new ForbiddenException("signing scope"));
        lock.lock(access.projectId());
        ScopeBaseline baseline = load(access, number);
        Instant now = clock.instant();
        boolean signed = baseline.sign(Signer.of(side, access.user(), now, clean(comment, "comment")));
        audit.record(AuditAction.UPDATE, "scope-baseline", baseline.getId(), access.projectId(),
                "v" + number + " signed for the " + side + " side by " + access.user().username());
        if (signed) {
            audit.record(AuditAction.UPDATE, "scope-baseline", baseline.getId(), access.projectId(),
                    "v" + number + " SIGNED by both sides");
        }
        return signed;
    }

    @Transactional
    public void withdraw(ProjectAccess access, int number) {
        requireManager(access);
        lock.lock(access.projectId());
        ScopeBaseline baseline = load(access, number);
        baseline.withdraw();
        audit.record(AuditAction.UPDATE, "scope-baseline", baseline.getId(), access.projectId(),
                "v" + number + " WITHDRAWN");
    }

    public List<BaselineSummary> baselines(ProjectAccess access) {
        return summaries(access.projectId());
    }

    public BaselineDetail baseline(ProjectAccess access, int number) {
        ScopeBaseline baseline = load(access, number);
        List<ScopeItem> items = baseline.snapshot();
        return new BaselineDetail(summary(baseline, changeRequestNumbers(access.projectId())), baseline.sections(),
                items.stream().filter(ScopeItem::inScope).toList(),
                items.stream().filter(i -> !i.inScope()).toList());
    }

    public ScopeComparison compare(ProjectAccess access, int from, int to) {
        return BaselineComparison.compare(snapshot(load(access, from)), snapshot(load(access, to)));
    }

    /** The statement as it stands, with today's requirements, as a Word document; recorded as an export. */
    public ExportedFile exportDraft(ProjectAccess access, Locale locale) {
        ScopeOverview overview = overview(access);
        List<BaselineSummary> history = overview.baselines();
        ExportedFile file = document(access, locale, null, LocalDate.now(clock.withZone(core.timeZone())),
                overview.statement().sections(), overview.inScope(), overview.outOfScope(), history);
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "scope-statement",
                access.projectId(), access.projectId(), "draft as Word");
        return file;
    }

    /** A baseline as frozen, as a Word document with its signatures; recorded as an export. */
    public ExportedFile exportBaseline(ProjectAccess access, int number, Locale locale) {
        BaselineDetail detail = baseline(access, number);
        BaselineSummary summary = detail.summary();
        List<BaselineSummary> history = summaries(access.projectId()).stream()
                .filter(b -> b.number() <= number).toList();
        Instant dated = summary.signedAt() != null ? summary.signedAt() : summary.createdAt();
        ExportedFile file = document(access, locale, summary, LocalDate.ofInstant(dated, core.timeZone()),
                detail.sections(), detail.inScope(), detail.outOfScope(), history);
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "scope-baseline", "v" + number,
                access.projectId(), "v" + number + " as Word");
        return file;
    }

    private ExportedFile document(ProjectAccess access, Locale locale, BaselineSummary baseline, LocalDate date,
                                  ScopeSections sections, List<ScopeItem> inScope, List<ScopeItem> outOfScope,
                                  List<BaselineSummary> history) {
        ScopeLabels labels = new ScopeLabels(locale);
        ProjectSummary project = projects.overview(access).project();
        String version = baseline == null ? null : baseline.label();
        byte[] content = ScopeDocument.write(new ScopeDocument.Content(project.code(), project.name(),
                project.customerName(), version, baseline, date, sections, inScope, outOfScope, history),
                labels, core.timeZone());
        String filename = project.code() + " " + labels.get("scope.doc.title") + " "
                + (version != null ? version : labels.get("scope.doc.draft") + " " + date) + ".docx";
        return new ExportedFile(filename, ExportedFile.DOCX, content);
    }

    private static BaselineSnapshot snapshot(ScopeBaseline baseline) {
        return new BaselineSnapshot(baseline.getNumber(), baseline.sections(), baseline.snapshot());
    }

    private String editRefusal(long projectId) {
        if (baselines.existsByProjectIdAndStatus(projectId, BaselineStatus.SIGNED)) {
            return "scope.statement.signedOff";
        }
        if (baselines.existsByProjectIdAndStatus(projectId, BaselineStatus.AWAITING_SIGNATURES)) {
            return "scope.statement.awaiting";
        }
        return null;
    }

    List<ScopeItem> liveItems(long projectId) {
        return requirements.findByProjectIdOrderByNumber(projectId).stream().map(ScopeItem::of).toList();
    }

    private List<BaselineSummary> summaries(long projectId) {
        Map<Long, Integer> numbers = changeRequestNumbers(projectId);
        return baselines.findByProjectIdOrderByNumberDesc(projectId).stream()
                .map(b -> summary(b, numbers)).toList();
    }

    private Map<Long, Integer> changeRequestNumbers(long projectId) {
        return changeRequests.findByProjectIdOrderByNumberDesc(projectId).stream()
                .collect(Collectors.toMap(ChangeRequest::getId, ChangeRequest::getNumber));
    }

    static BaselineSummary summary(ScopeBaseline baseline, Map<Long, Integer> changeRequestNumbers) {
        return new BaselineSummary(baseline.getNumber(), baseline.getStatus(), baseline.getCreatedBy(),
                baseline.getCreatedAt(), baseline.getSignedAt(),
                baseline.getChangeRequestId() == null ? null : changeRequestNumbers.get(baseline.getChangeRequestId()),
                baseline.signature(SignatureSide.IMPLEMENTER).map(ScopeSignature::toSigner).orElse(null),
                baseline.signature(SignatureSide.CUSTOMER).map(ScopeSignature::toSigner).orElse(null));
    }

    private ScopeBaseline load(ProjectAccess access, int number) {
        return baselines.findByProjectIdAndNumber(access.projectId(), number)
                .orElseThrow(() -> new NotFoundException("baseline v" + number));
    }

    private static void requireManager(ProjectAccess access) {
        if (!access.canManage()) {
            throw new ForbiddenException("managing the scope of project " + access.projectId());
        }
    }

    private static void requireLength(ScopeSections sections) {
        for (ScopeSection section : ScopeSection.values()) {
            String text = section.in(sections);
            if (text != null && text.length() > ScopeSections.MAX_LENGTH) {
                throw BusinessRuleException.onField(fieldName(section), "scope.section.tooLong",
                        ScopeSections.MAX_LENGTH);
            }
        }
    }

    /** The form field a section is edited in: OBJECTIVES → objectives, ACCEPTANCE_CRITERIA → acceptanceCriteria. */
    static String fieldName(ScopeSection section) {
        String[] words = section.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    static String clean(String text, String field) {
        String cleaned = ScopeSections.clean(text);
        if (cleaned != null && cleaned.length() > 2000) {
            throw BusinessRuleException.onField(field, "scope.comment.tooLong", 2000);
        }
        return cleaned;
    }
}
