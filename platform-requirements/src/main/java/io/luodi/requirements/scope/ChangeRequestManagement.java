package io.luodi.requirements.scope;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import io.luodi.requirements.requirement.Requirement;
import io.luodi.requirements.requirement.RequirementContent;
import io.luodi.requirements.requirement.RequirementField;
import io.luodi.requirements.requirement.RequirementFields;
import io.luodi.requirements.requirement.RequirementRepository;
import io.luodi.requirements.requirement.RequirementStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Change requests against a signed scope. Anyone on the project may raise one against the latest signed baseline;
 * the implementer side (the project's managers and administrators) and the customer side each approve or reject
 * it once. The second approval applies it: requirements are added, changed or taken out of scope with the
 * request's key as the cause of every history entry, the statement's sections are rewritten, and the next
 * baseline is produced, signed by the two approvals — all in one transaction, so a failure leaves nothing applied.
 * A request raised on a baseline that another request has since moved on is refused, never applied over it.
 */
@Service
@Transactional(readOnly = true)
public class ChangeRequestManagement {

    static final int MAX_TITLE = 300;
    static final int MAX_CATEGORY = 100;
    static final int MAX_TEXT = 20_000;
    private static final int MAX_DAYS = 10_000;
    private static final BigDecimal MAX_COST = new BigDecimal("1000000000000");

    private final ChangeRequestRepository changeRequests;
    private final ScopeBaselineRepository baselines;
    private final ScopeStatementRepository statements;
    private final RequirementRepository requirements;
    private final ProjectNumbers numbers;
    private final ScopeLock lock;
    private final AuditLog audit;
    private final CoreProperties core;
    private final Clock clock;

    ChangeRequestManagement(ChangeRequestRepository changeRequests, ScopeBaselineRepository baselines,
                            ScopeStatementRepository statements, RequirementRepository requirements,
                            ProjectNumbers numbers, ScopeLock lock, AuditLog audit, CoreProperties core,
                            Clock clock) {
        this.changeRequests = changeRequests;
        this.baselines = baselines;
        this.statements = statements;
        this.requirements = requirements;
        this.numbers = numbers;
        this.lock = lock;
        this.audit = audit;
        this.core = core;
        this.clock = clock;
    }

    public List<ChangeRequestSummary> list(ProjectAccess access) {
        Map<Long, Integer> baselineNumbers = baselineNumbers(access.projectId());
        return changeRequests.findByProjectIdOrderByNumberDesc(access.projectId()).stream()
                .map(cr -> summary(cr, baselineNumbers)).toList();
    }

    /** What a new request would be raised against; refused before the scope's first sign-off. */
    public ChangeContext context(ProjectAccess access) {
        ScopeBaseline base = latestSigned(access.projectId());
        return new ChangeContext(base.getNumber(), base.sections(),
                base.snapshot().stream().filter(ScopeItem::inScope).toList());
    }

    public ChangeRequestDetail detail(ProjectAccess access, int number) {
        ChangeRequest request = load(access, number);
        Map<Long, Integer> baselineNumbers = baselineNumbers(access.projectId());
        ScopeBaseline base = baselines.findByIdAndProjectId(request.getBaseBaselineId(), access.projectId())
                .orElseThrow();
        Map<Long, ScopeItem> baseItems = base.snapshot().stream()
                .collect(Collectors.toMap(ScopeItem::requirementId, Function.identity()));
        List<ChangeRequestDetail.ItemView> items = request.getItems().stream().map(item -> {
            ChangeItem proposed = item.toItem();
            ScopeItem before = item.getAction() == ChangeAction.ADD ? null : baseItems.get(item.getRequirementId());
            String key = before != null ? before.key()
                    : item.getRequirementId() == null ? null
                    : requirements.findByIdAndProjectId(item.getRequirementId(), access.projectId())
                    .map(Requirement::key).orElse(null);
            List<ScopeComparison.FieldChange> fields = item.getAction() == ChangeAction.CHANGE && before != null
                    ? BaselineComparison.fieldChanges(before, proposedItem(before, proposed.content()))
                    : List.of();
            return new ChangeRequestDetail.ItemView(item.getPosition(), item.getAction(), key, before, proposed,
                    fields);
        }).toList();
        ScopeSections baseSections = base.sections();
        List<ScopeComparison.SectionChange> sections = BaselineComparison.sectionChanges(baseSections,
                rewritten(baseSections, request));
        int latest = baselines.findFirstByProjectIdAndStatusOrderByNumberDesc(access.projectId(),
                BaselineStatus.SIGNED).map(ScopeBaseline::getNumber).orElse(base.getNumber());
        return new ChangeRequestDetail(summary(request, baselineNumbers), request.getReason(),
                request.getImpactRisk(), items, sections, latest);
    }

    /** Whether the user may withdraw the request: its author, while it is submitted. */
    public boolean canWithdraw(ProjectAccess access, ChangeRequestSummary request) {
        return request.isSubmitted() && isAuthor(access, request.createdBy());
    }

    /**
     * Raises a change request against the latest signed baseline.
     *
     * @return the request's number (CR-001 is 1)
     */
    @Transactional
    public int submit(ProjectAccess access, ChangeRequestDraft draft) {
        lock.lock(access.projectId());
        return raise(access, draft);
    }

    /**
     * Records the user's side's decision; the second approval applies the request.
     *
     * @return the request's status afterwards
     */
    @Transactional
    public ChangeRequestStatus decide(ProjectAccess access, int number, boolean approve, String comment) {
        SignatureSide side = SignatureSide.of(access)
                .orElseThrow(() -> new ForbiddenException("deciding change requests"));
        if (!approve && ScopeSections.clean(comment) == null) {
            throw BusinessRuleException.onField("comment", "changeRequest.reject.commentRequired");
        }
        long projectId = access.projectId();
        lock.lock(projectId);
        ChangeRequest request = load(access, number);
        ScopeBaseline latest = latestSigned(projectId);
        if (approve && request.getStatus() == ChangeRequestStatus.SUBMITTED
                && latest.getId() != request.getBaseBaselineId()) {
            int base = baselines.findById(request.getBaseBaselineId()).map(ScopeBaseline::getNumber).orElse(0);
            throw new BusinessRuleException("changeRequest.stale", request.key(), base, latest.getNumber());
        }
        Instant now = clock.instant();
        ChangeRequestStatus status = request.decide(
                Signer.of(side, access.user(), now, ScopeManagement.clean(comment, "comment")), approve);
        audit.record(AuditAction.UPDATE, "change-request", request.getId(), projectId, request.key() + " "
                + (approve ? "approved" : "rejected") + " for the " + side + " side by " + access.user().username());
        if (status == ChangeRequestStatus.REJECTED) {
            audit.record(AuditAction.UPDATE, "change-request", request.getId(), projectId, request.key() + " REJECTED");
        } else if (status == ChangeRequestStatus.APPROVED) {
            apply(access, request, latest, now);
        }
        return status;
    }

    /** Takes back a submitted request; only its author may. */
    @Transactional
    public void withdraw(ProjectAccess access, int number) {
        lock.lock(access.projectId());
        ChangeRequest request = load(access, number);
        if (!isAuthor(access, request.getCreatedBy())) {
            throw new ForbiddenException("withdrawing " + request.key());
        }
        request.withdraw();
        audit.record(AuditAction.UPDATE, "change-request", request.getId(), access.projectId(),
                request.key() + " WITHDRAWN");
    }

    /**
     * Raises a stale request again against the latest signed baseline and withdraws the old one. Its items must
     * still make sense against the latest scope; if they do not, nothing happens and the refusal says why.
     *
     * @return the new request's number
     */
    @Transactional
    public int raiseAgain(ProjectAccess access, int number) {
        lock.lock(access.projectId());
        ChangeRequest old = load(access, number);
        if (!isAuthor(access, old.getCreatedBy())) {
            throw new ForbiddenException("raising " + old.key() + " again");
        }
        old.withdraw();
        Map<ScopeSection, String> sections = new EnumMap<>(ScopeSection.class);
        old.getSections().forEach(s -> sections.put(s.getSection(), s.getContent()));
        int again = raise(access, new ChangeRequestDraft(old.getTitle(), old.getReason(), old.getImpactDays(),
                old.getImpactCost(), old.getImpactRisk(), old.getItems().stream().map(ChangeRequestItem::toItem)
                .toList(), sections));
        audit.record(AuditAction.UPDATE, "change-request", old.getId(), access.projectId(),
                old.key() + " WITHDRAWN, raised again as " + ChangeRequest.key(again));
        return again;
    }

    /** The project's change requests as an Excel workbook; recorded as an export. */
    public ExportedFile export(ProjectAccess access, String projectCode, Locale locale) {
        ScopeLabels labels = new ScopeLabels(locale);
        Map<Long, Integer> baselineNumbers = baselineNumbers(access.projectId());
        List<ChangeRequest> all = changeRequests.findByProjectIdOrderByNumberDesc(access.projectId()).stream()
                .sorted(Comparator.comparingInt(ChangeRequest::getNumber)).toList();
        byte[] workbook = ChangeRequestSheet.write(all.stream().map(cr -> summary(cr, baselineNumbers)).toList(),
                all.stream().collect(Collectors.toMap(ChangeRequest::getNumber,
                        cr -> new ChangeRequestSheet.Texts(cr.getReason(), cr.getImpactRisk()))),
                labels, core.timeZone());
        audit.recordSecurityEvent(AuditAction.EXPORT, access.user().username(), "change-request", null,
                access.projectId(), "change requests as Excel");
        return new ExportedFile(projectCode + " " + labels.get("changeRequest.export.name") + ".xlsx",
                ExportedFile.XLSX, workbook);
    }

    private int raise(ProjectAccess access, ChangeRequestDraft draft) {
        long projectId = access.projectId();
        ScopeBaseline base = latestSigned(projectId);
        validate(draft, base);
        int number = numbers.next(RequirementCounters.CHANGE_REQUEST, projectId);
        ChangeRequest request = changeRequests.save(ChangeRequest.submit(projectId, number, base.getId(), draft,
                access.user().username(), clock.instant()));
        audit.record(AuditAction.CREATE, "change-request", request.getId(), projectId,
                request.key() + " submitted against v" + base.getNumber() + ": " + request.getTitle());
        return number;
    }

    private void apply(ProjectAccess access, ChangeRequest request, ScopeBaseline base, Instant now) {
        long projectId = access.projectId();
        String actor = access.user().username();
        String cause = request.key();
        Map<Integer, Long> created = new HashMap<>();
        Set<Long> snapshotIds = base.snapshot().stream().map(ScopeItem::requirementId)
                .collect(Collectors.toCollection(HashSet::new));
        for (ChangeRequestItem item : request.getItems()) {
            ChangeItem change = item.toItem();
            switch (change.action()) {
                case ADD -> {
                    Requirement requirement = requirements.save(Requirement.create(projectId,
                            numbers.next(RequirementCounters.REQUIREMENT, projectId),
                            new RequirementFields(change.content(), RequirementStatus.ACCEPTED, true, null),
                            actor, now));
                    created.put(item.getPosition(), requirement.getId());
                    snapshotIds.add(requirement.getId());
                    audit.record(AuditAction.CREATE, "requirement", requirement.getId(), projectId,
                            requirement.key() + " added by " + cause);
                }
                case CHANGE -> revise(projectId, change.requirementId(), actor, cause, now,
                        fields -> fields.withContent(change.content()));
                case REMOVE -> revise(projectId, change.requirementId(), actor, cause, now,
                        fields -> fields.withScope(false));
            }
        }
        ScopeSections sections = rewritten(base.sections(), request);
        ScopeStatement statement = statements.findByProjectId(projectId).orElseThrow();
        List<ScopeSection> rewrittenSections = statement.revise(sections, actor, now);
        if (!rewrittenSections.isEmpty()) {
            audit.record(AuditAction.UPDATE, "scope-statement", statement.getId(), projectId,
                    "sections " + rewrittenSections + " by " + cause);
        }
        List<ScopeItem> snapshot = requirements.findByProjectIdOrderByNumber(projectId).stream()
                .filter(r -> snapshotIds.contains(r.getId())).map(ScopeItem::of).toList();
        int number = baselines.lastNumber(projectId) + 1;
        ScopeBaseline next = baselines.save(ScopeBaseline.signedByChange(projectId, number, request.getId(),
                sections, snapshot, request.decision(SignatureSide.IMPLEMENTER).orElseThrow().toSigner(),
                request.decision(SignatureSide.CUSTOMER).orElseThrow().toSigner(), actor, now));
        request.applied(next.getId(), created);
        audit.record(AuditAction.UPDATE, "change-request", request.getId(), projectId,
                cause + " APPROVED, applied as v" + number);
        audit.record(AuditAction.CREATE, "scope-baseline", next.getId(), projectId,
                "v" + number + " SIGNED from " + cause);
    }

    private void revise(long projectId, long requirementId, String actor, String cause, Instant now,
                        java.util.function.UnaryOperator<RequirementFields> change) {
        Requirement requirement = requirements.findByIdAndProjectId(requirementId, projectId)
                .orElseThrow(() -> new NotFoundException("requirement " + requirementId));
        List<RequirementField> changed = requirement.revise(change.apply(requirement.fields()), actor, cause, now);
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATE, "requirement", requirement.getId(), projectId,
                    requirement.key() + " " + changed + " by " + cause);
        }
    }

    private void validate(ChangeRequestDraft draft, ScopeBaseline base) {
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > MAX_TITLE) {
            throw BusinessRuleException.onField("title", "changeRequest.title.invalid", MAX_TITLE);
        }
        if (draft.reason() == null || draft.reason().isBlank()) {
            throw BusinessRuleException.onField("reason", "changeRequest.reason.required");
        }
        requireShort("reason", draft.reason());
        requireShort("impactRisk", draft.impactRisk());
        if (Math.abs(draft.impactDays()) > MAX_DAYS) {
            throw BusinessRuleException.onField("impactDays", "changeRequest.days.invalid", MAX_DAYS);
        }
        BigDecimal cost = draft.impactCost();
        if (cost != null && (cost.scale() > 2 && cost.stripTrailingZeros().scale() > 2
                || cost.abs().compareTo(MAX_COST) >= 0)) {
            throw BusinessRuleException.onField("impactCost", "changeRequest.cost.invalid");
        }
        if (draft.items().isEmpty() && draft.sections().isEmpty()) {
            throw new BusinessRuleException("changeRequest.empty");
        }
        Map<Long, ScopeItem> inScope = base.snapshot().stream().filter(ScopeItem::inScope)
                .collect(Collectors.toMap(ScopeItem::requirementId, Function.identity()));
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < draft.items().size(); i++) {
            ChangeItem item = draft.items().get(i);
            int position = i + 1;
            if (item.action() == null) {
                throw new BusinessRuleException("changeRequest.item.action", position);
            }
            if (item.action() != ChangeAction.ADD) {
                ScopeItem current = item.requirementId() == null ? null : inScope.get(item.requirementId());
                if (current == null) {
                    throw new BusinessRuleException("changeRequest.item.notInScope", position, base.getNumber());
                }
                if (!named.add(item.requirementId())) {
                    throw new BusinessRuleException("changeRequest.item.duplicate", position, current.key());
                }
                if (item.action() == ChangeAction.CHANGE) {
                    requireContent(item, position);
                    if (BaselineComparison.fieldChanges(current, proposedItem(current, item.content())).isEmpty()) {
                        throw new BusinessRuleException("changeRequest.item.unchanged", position, current.key());
                    }
                }
            } else {
                requireContent(item, position);
            }
        }
        ScopeSections sections = base.sections();
        for (Map.Entry<ScopeSection, String> rewrite : draft.sections().entrySet()) {
            requireShort("sections", rewrite.getValue());
            if (Objects.equals(ScopeSections.clean(rewrite.getValue()), rewrite.getKey().in(sections))) {
                throw new BusinessRuleException("changeRequest.section.unchanged",
                        new DefaultMessageSourceResolvable(rewrite.getKey().labelKey()));
            }
        }
    }

    private static void requireContent(ChangeItem item, int position) {
        if (item.title() == null || item.title().isBlank() || item.title().strip().length() > MAX_TITLE) {
            throw new BusinessRuleException("changeRequest.item.title", position, MAX_TITLE);
        }
        if (item.priority() == null) {
            throw new BusinessRuleException("changeRequest.item.priority", position);
        }
        if (item.category() != null && item.category().strip().length() > MAX_CATEGORY) {
            throw new BusinessRuleException("changeRequest.item.category", position, MAX_CATEGORY);
        }
        if (tooLong(item.description()) || tooLong(item.acceptanceCriteria())) {
            throw new BusinessRuleException("changeRequest.item.tooLong", position, MAX_TEXT);
        }
    }

    private static void requireShort(String field, String text) {
        if (tooLong(text)) {
            throw BusinessRuleException.onField(field, "changeRequest.text.tooLong", MAX_TEXT);
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    /** A requirement as it would read with new content, cleaned as the request stores it. */
    private static ScopeItem proposedItem(ScopeItem before, RequirementContent content) {
        return new ScopeItem(before.requirementId(), before.number(),
                content.title() == null ? null : content.title().strip(),
                ScopeSections.clean(content.description()), ScopeSections.clean(content.category()),
                content.priority(), true, ScopeSections.clean(content.acceptanceCriteria()));
    }

    private static ScopeSections rewritten(ScopeSections base, ChangeRequest request) {
        ScopeSections sections = base;
        for (ChangeRequestSection rewrite : request.getSections()) {
            sections = sections.with(rewrite.getSection(), rewrite.getContent());
        }
        return sections;
    }

    private static boolean isAuthor(ProjectAccess access, String createdBy) {
        return access.user().username().equals(createdBy);
    }

    private ScopeBaseline latestSigned(long projectId) {
        return baselines.findFirstByProjectIdAndStatusOrderByNumberDesc(projectId, BaselineStatus.SIGNED)
                .orElseThrow(() -> new BusinessRuleException("changeRequest.notSignedOff"));
    }

    private ChangeRequest load(ProjectAccess access, int number) {
        return changeRequests.findByProjectIdAndNumber(access.projectId(), number)
                .orElseThrow(() -> new NotFoundException("change request " + number));
    }

    private Map<Long, Integer> baselineNumbers(long projectId) {
        Map<Long, Integer> numbersById = new LinkedHashMap<>();
        baselines.findByProjectIdOrderByNumberDesc(projectId).stream()
                .sorted(Comparator.comparingInt(ScopeBaseline::getNumber))
                .forEach(b -> numbersById.put(b.getId(), b.getNumber()));
        return numbersById;
    }

    private static ChangeRequestSummary summary(ChangeRequest request, Map<Long, Integer> baselineNumbers) {
        return new ChangeRequestSummary(request.getNumber(), request.getTitle(), request.getStatus(),
                request.getImpactDays(), request.getImpactCost(), request.getCreatedBy(), request.getCreatedAt(),
                request.getDecidedAt(), baselineNumbers.get(request.getBaseBaselineId()),
                request.getResultBaselineId() == null ? null : baselineNumbers.get(request.getResultBaselineId()),
                request.decision(SignatureSide.IMPLEMENTER).map(Decision::of).orElse(null),
                request.decision(SignatureSide.CUSTOMER).map(Decision::of).orElse(null));
    }
}
