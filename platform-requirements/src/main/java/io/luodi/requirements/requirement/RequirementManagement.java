package io.luodi.requirements.requirement;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.core.project.ProjectNumbers;
import io.luodi.requirements.numbering.RequirementCounters;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A project's requirements: recorded with a key that never changes, traced to the answers, pain points and
 * meeting decisions they came from, and changed with every change kept in their history. Implementer staff
 * record and edit them; the customer reads them, without internal notes.
 *
 * <p>Once the project's scope is signed, the fields the customer signed (all but the internal note) move only
 * through a change request; new requirements may still be recorded, out of scope and proposed.
 */
@Service
@Transactional(readOnly = true)
public class RequirementManagement {

    private final RequirementRepository requirements;
    private final RequirementQueries queries;
    private final RequirementSources sources;
    private final ProjectNumbers numbers;
    private final SignedScope signedScope;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    RequirementManagement(RequirementRepository requirements, RequirementQueries queries,
                          RequirementSources sources, ProjectNumbers numbers, SignedScope signedScope,
                          UserManagement users, AuditLog audit, Clock clock) {
        this.requirements = requirements;
        this.queries = queries;
        this.sources = sources;
        this.numbers = numbers;
        this.signedScope = signedScope;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Implementer staff on the project (administrators, its managers and consultants) record and edit. */
    public boolean canEdit(ProjectAccess access) {
        return access.seesInternal();
    }

    public Page<RequirementRow> search(ProjectAccess access, RequirementQuery query) {
        return queries.page(access.projectId(), query);
    }

    /** The categories the project's requirements use, for filters and suggestions. */
    public List<String> categories(ProjectAccess access) {
        return queries.categories(access.projectId());
    }

    public Optional<Integer> signedBaseline(ProjectAccess access) {
        return signedScope.latestSignedBaseline(access.projectId());
    }

    public RequirementDetail detail(ProjectAccess access, long id) {
        Requirement requirement = load(access, id);
        boolean internal = access.seesInternal();
        RequirementFields fields = requirement.fields();
        if (!internal) {
            fields = new RequirementFields(fields.content(), fields.status(), fields.inScope(), null);
        }
        String createdBy = users.findByUsername(requirement.getCreatedBy()).map(UserAccount::getDisplayName)
                .orElse(requirement.getCreatedBy());
        return new RequirementDetail(requirement.getId(), requirement.key(), fields, createdBy,
                requirement.getCreatedAt(), requirement.getUpdatedAt(), requirement.getVersion(),
                sources.describe(access.projectId(), requirement.getSources(), internal),
                queries.history(id, internal), signedScope.latestSignedBaseline(access.projectId()).orElse(null));
    }

    /** The edit form of a requirement, as it is now; only implementer staff edit. */
    public RequirementForm editForm(ProjectAccess access, long id) {
        requireEditor(access);
        Requirement requirement = load(access, id);
        return RequirementForm.of(requirement.fields(), requirement.getVersion());
    }

    /** The requirement with this key ("REQ-012", "req12" or "12"), if the project has it. */
    public Optional<Long> findByKey(ProjectAccess access, String key) {
        Integer number = new RequirementQuery(null, null, null, null, key, null, false, 0, 1).keyNumber();
        return number == null ? Optional.empty()
                : requirements.findByProjectIdAndNumber(access.projectId(), number).map(Requirement::getId);
    }

    /** A source a form starts from or links; one of another project is not found. */
    public SourceView source(ProjectAccess access, RequirementSource.Kind kind, long id) {
        requireEditor(access);
        return sources.require(access.projectId(), kind, id);
    }

    /**
     * A new requirement's form, prefilled from its source when it has one: a pain point gives title, description
     * and category; an answer and a decision give the description. After sign-off it starts out of scope.
     */
    public RequirementForm draft(ProjectAccess access, RequirementSource.Kind kind, Long sourceId) {
        requireEditor(access);
        boolean inScope = !signedScope.isSigned(access.projectId());
        RequirementForm blank = new RequirementForm(null, null, null, Priority.SHOULD, RequirementStatus.PROPOSED,
                inScope, null, null, null, null, null);
        if (kind == null || sourceId == null) {
            return blank;
        }
        SourceView source = sources.require(access.projectId(), kind, sourceId);
        return switch (kind) {
            case PAIN_POINT -> new RequirementForm(source.label(), source.detail(), source.text(),
                    Priority.SHOULD, RequirementStatus.PROPOSED, inScope, null, null, null, kind, sourceId);
            case ANSWER -> new RequirementForm(null, source.detail(), null, Priority.SHOULD,
                    RequirementStatus.PROPOSED, inScope, null, null, null, kind, sourceId);
            case DECISION -> new RequirementForm(firstLine(source.text()), source.text(), null, Priority.SHOULD,
                    RequirementStatus.PROPOSED, inScope, null, null, null, kind, sourceId);
        };
    }

    @Transactional
    public long create(ProjectAccess access, RequirementForm form) {
        requireEditor(access);
        RequirementFields fields = form.toFields();
        if (signedScope.isSigned(access.projectId())
                && (fields.inScope() || fields.status() != RequirementStatus.PROPOSED)) {
            throw BusinessRuleException.onField("inScope", "requirement.scope.signed.new");
        }
        SourceView source = form.hasSource() ? sources.require(access.projectId(), form.sourceKind(), form.sourceId())
                : null;
        Requirement requirement = Requirement.create(access.projectId(),
                numbers.next(RequirementCounters.REQUIREMENT, access.projectId()), fields,
                access.user().username(), clock.instant());
        if (source != null) {
            requirement.addSource(source.kind(), source.sourceId());
        }
        requirements.save(requirement);
        audit.record(AuditAction.CREATE, "requirement", requirement.getId(), access.projectId(),
                requirement.key() + " " + fields.content().title());
        return requirement.getId();
    }

    /**
     * Saves the form over the requirement unless someone saved it since the form was loaded. A meeting decision
     * given as the form's source names the cause of every change and is linked as a source.
     *
     * @return the fields that changed
     */
    @Transactional
    public List<RequirementField> update(ProjectAccess access, long id, RequirementForm form) {
        requireEditor(access);
        Requirement requirement = load(access, id);
        if (form.version() == null || form.version() != requirement.getVersion()) {
            throw new BusinessRuleException("requirement.stale", requirement.key());
        }
        SourceView source = form.hasSource() ? sources.require(access.projectId(), form.sourceKind(), form.sourceId())
                : null;
        RequirementFields next = keepUnchangedScope(requirement.fields(), form.toFields());
        if (!next.content().equals(requirement.fields().content()) || next.status() != requirement.getStatus()
                || next.inScope() != requirement.isInScope()) {
            requireOpenScope(access, requirement);
        }
        String cause = source != null && source.kind() == RequirementSource.Kind.DECISION ? source.cause() : null;
        List<RequirementField> changed = requirement.revise(next, access.user().username(), cause, clock.instant());
        if (source != null) {
            requirement.addSource(source.kind(), source.sourceId());
        }
        if (!changed.isEmpty()) {
            audit.record(AuditAction.UPDATE, "requirement", id, access.projectId(), requirement.key() + " "
                    + changed.stream().map(Enum::name).collect(Collectors.joining(", "))
                    + (cause != null ? " (" + cause + ")" : ""));
        }
        return changed;
    }

    @Transactional
    public void addSource(ProjectAccess access, long id, RequirementSource.Kind kind, long sourceId) {
        requireEditor(access);
        Requirement requirement = load(access, id);
        sources.require(access.projectId(), kind, sourceId);
        requirement.addSource(kind, sourceId);
        audit.record(AuditAction.UPDATE, "requirement", id, access.projectId(),
                requirement.key() + " source added: " + kind + " " + sourceId);
    }

    @Transactional
    public void removeSource(ProjectAccess access, long id, RequirementSource.Kind kind, long sourceId) {
        requireEditor(access);
        Requirement requirement = load(access, id);
        requirement.removeSource(kind, sourceId);
        audit.record(AuditAction.UPDATE, "requirement", id, access.projectId(),
                requirement.key() + " source removed: " + kind + " " + sourceId);
    }

    /**
     * Applies one change to every selected requirement in one transaction, each change in each requirement's
     * history. If any requirement is refused (another project's, changed since the list was loaded, scope signed)
     * none is changed.
     *
     * @return how many requirements changed
     */
    @Transactional
    public int bulkEdit(ProjectAccess access, BulkChange change) {
        requireEditor(access);
        if (change.selection().isEmpty()) {
            throw new BusinessRuleException("requirement.bulk.none");
        }
        if (change.selection().size() > BulkChange.MAX_SELECTION) {
            throw new BusinessRuleException("requirement.bulk.tooMany", BulkChange.MAX_SELECTION);
        }
        if (change.changesNothing()) {
            throw new BusinessRuleException("requirement.bulk.nothing");
        }
        if (change.category() != null && change.category().length() > 100) {
            throw BusinessRuleException.onField("category", "requirement.category.tooLong", 100);
        }
        if (signedScope.isSigned(access.projectId())) {
            throw new BusinessRuleException("requirement.scope.signed.bulk");
        }
        Instant now = clock.instant();
        List<String> changedKeys = new ArrayList<>();
        for (BulkChange.Selected selected : new LinkedHashSet<>(change.selection())) {
            Requirement requirement = load(access, selected.id());
            if (requirement.getVersion() != selected.version()) {
                throw new BusinessRuleException("requirement.bulk.stale", requirement.key());
            }
            List<RequirementField> changed = requirement.revise(change.applyTo(requirement.fields()),
                    access.user().username(), null, now);
            if (!changed.isEmpty()) {
                changedKeys.add(requirement.key());
                audit.record(AuditAction.UPDATE, "requirement", requirement.getId(), access.projectId(),
                        requirement.key() + " bulk " + changed.stream().map(Enum::name)
                                .collect(Collectors.joining(", ")));
            }
        }
        return changedKeys.size();
    }

    /** Whether the project has requirements yet (the demo data fills only an empty project). */
    public boolean isEmpty(ProjectAccess access) {
        return !requirements.existsByProjectId(access.projectId());
    }

    /**
     * The scope fields as they were when the form sends them back unchanged, compared as the form cleans them: a
     * field returned with other line breaks or spaces is no change, neither in the history nor after sign-off.
     */
    private static RequirementFields keepUnchangedScope(RequirementFields before, RequirementFields next) {
        RequirementFields cleanBefore = RequirementForm.of(before, 0).toFields();
        for (RequirementField field : RequirementField.values()) {
            if (field.isScope() && field.differs(cleanBefore, next)) {
                return next;
            }
        }
        return new RequirementFields(before.content(), before.status(), before.inScope(), next.internalNote());
    }

    /** After sign-off only the internal note changes directly; the rest needs a change request. */
    private void requireOpenScope(ProjectAccess access, Requirement requirement) {
        if (signedScope.isSigned(access.projectId())) {
            throw new BusinessRuleException("requirement.scope.signed", requirement.key());
        }
    }

    private Requirement load(ProjectAccess access, long id) {
        return requirements.findByIdAndProjectId(id, access.projectId())
                .orElseThrow(() -> new NotFoundException("requirement " + id));
    }

    private static void requireEditor(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("editing requirements of project " + access.projectId());
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 299) + "…" : line;
    }
}
