package io.luodi.migration.checklist;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.golive.Readiness;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserManagement;
import io.luodi.migration.environment.ComponentAdded;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.ComponentView;
import io.luodi.migration.environment.EnvironmentDirectory;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Readiness checklists: the seeded templates applied to an environment and its components, items judged by people
 * (status, owner, due date, note, files) or set by probes, each change kept as history, and readiness as the share
 * of applicable items passed. Everyone on the project reads them; the implementer's staff change them.
 */
@Service
@Transactional(readOnly = true)
public class Checklists {

    private final ChecklistTemplateRepository templates;
    private final ChecklistItemRepository items;
    private final ChecklistItemChangeRepository changes;
    private final ChecklistAttachmentRepository attachments;
    private final EnvironmentDirectory directory;
    private final ProjectManagement projects;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    Checklists(ChecklistTemplateRepository templates, ChecklistItemRepository items,
               ChecklistItemChangeRepository changes, ChecklistAttachmentRepository attachments,
               EnvironmentDirectory directory, ProjectManagement projects, UserManagement users, AuditLog audit,
               Clock clock) {
        this.templates = templates;
        this.items = items;
        this.changes = changes;
        this.attachments = attachments;
        this.directory = directory;
        this.projects = projects;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The standard items, by scope, as seeded. */
    public List<TemplateItemView> templates() {
        return templates.findAllByOrderByScopeAscPositionAsc().stream().map(ChecklistTemplateItem::view).toList();
    }

    /**
     * Applies the templates: the environment-wide items and each component's items, those not there yet. Applying
     * again after adding components adds theirs and leaves judged items alone.
     *
     * @return how many items were added
     */
    @Transactional
    public int apply(ProjectAccess access, long environmentId) {
        requireStaff(access);
        visible(access, environmentId);
        int added = applyTo(environmentId, null, ChecklistScope.ENVIRONMENT);
        for (ComponentView component : directory.components(environmentId)) {
            added += applyTo(environmentId, component.id(), ChecklistScope.of(component.type()));
        }
        audit.record(AuditAction.CREATE, "checklist", environmentId, access.projectId(),
                "templates applied, " + added + " items added");
        return added;
    }

    /** A component added to an environment whose checklist is applied gets its items at once. */
    @EventListener
    @Transactional
    public void on(ComponentAdded added) {
        if (!items.findByEnvironmentId(added.environmentId()).isEmpty()) {
            directory.components(added.environmentId()).stream().filter(c -> c.id() == added.componentId())
                    .findFirst().ifPresent(c -> applyTo(added.environmentId(), c.id(), ChecklistScope.of(c.type())));
        }
    }

    /** Every environment of the project with its readiness, in kind order (DEV … PROD, then custom ones). */
    public List<EnvironmentReadiness> readinessByEnvironment(ProjectAccess access) {
        return Arrays.stream(EnvironmentKind.values())
                .flatMap(kind -> directory.environments(access.projectId(), kind).stream())
                .map(e -> {
                    List<ChecklistItem> all = items.findByEnvironmentId(e.id());
                    return new EnvironmentReadiness(e.id(), e.name(), e.kind(), e.components(), readiness(all),
                            !all.isEmpty());
                })
                .toList();
    }

    public ChecklistView view(ProjectAccess access, long environmentId) {
        visible(access, environmentId);
        return view(environmentId);
    }

    public ItemDetail item(ProjectAccess access, long environmentId, long itemId) {
        visible(access, environmentId);
        ChecklistItem item = item(environmentId, itemId);
        return new ItemDetail(views(List.of(item), environmentId).get(0),
                attachments.findByItemIdOrderById(itemId).stream().map(ChecklistAttachment::view).toList(),
                changes.findByItemIdOrderByChangedAtDescIdDesc(itemId).stream().map(ChecklistItemChange::view)
                        .toList());
    }

    /** The members an item may be given to: anyone on the project, on either side. */
    public List<ProjectOverview.MemberView> owners(ProjectAccess access) {
        return projects.overview(access).members();
    }

    /** A person's judgement of an item, with an evidence file if one is given. */
    @Transactional
    public void judge(ProjectAccess access, long environmentId, long itemId, ItemForm form, EvidenceFile file) {
        requireStaff(access);
        visible(access, environmentId);
        EvidenceFile checked = file == null ? null : EvidenceFiles.check(file);
        if (form.ownerUserId() != null && owners(access).stream().noneMatch(m -> m.userId() == form.ownerUserId())) {
            throw BusinessRuleException.onField("ownerUserId", "checklist.owner.notOnProject");
        }
        ChecklistItem item = item(environmentId, itemId);
        if (form.version() != null) {
            item.setVersion(form.version());
        }
        String by = access.user().displayName();
        changes.save(item.judge(form, by, clock.instant()));
        items.saveAndFlush(item);
        if (checked != null) {
            attachments.save(new ChecklistAttachment(itemId, checked, by, clock.instant()));
        }
        audit.record(AuditAction.UPDATE, "checklist-item", itemId, access.projectId(),
                item.getItemKey() + " " + item.getStatus() + (checked == null ? "" : ", file " + checked.fileName()));
    }

    /** An evidence file, for a reader who may see the environment. */
    public EvidenceFile attachment(ProjectAccess access, long environmentId, long itemId, long attachmentId) {
        visible(access, environmentId);
        item(environmentId, itemId);
        return attachments.findById(attachmentId).filter(a -> a.getItemId() == itemId)
                .map(ChecklistAttachment::file)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /**
     * A probe's finding sets its item: made from the template first if the checklist was not applied, so a probe's
     * evidence is never lost. Called by the probes after the reader's access was checked when the run started.
     *
     * @param componentId null for an environment-wide item
     * @param type        the component's type, null for an environment-wide item
     * @param to          the status the finding implies; null records what was seen and keeps the status
     */
    @Transactional
    public void observe(long environmentId, Long componentId, ComponentType type, String key, ItemStatus to,
                        String observed, long runId, String by) {
        ChecklistScope scope = type == null ? ChecklistScope.ENVIRONMENT : ChecklistScope.of(type);
        Optional<ChecklistItem> existing = componentId == null
                ? items.findByEnvironmentIdAndComponentIdIsNullAndItemKey(environmentId, key)
                : items.findByEnvironmentIdAndComponentIdAndItemKey(environmentId, componentId, key);
        ChecklistItem item = existing.orElseGet(() -> {
            Optional<ChecklistTemplateItem> template = templates.findByScopeAndItemKey(scope, key);
            return items.saveAndFlush(new ChecklistItem(environmentId, componentId, key,
                    template.map(ChecklistTemplateItem::isBlocking).orElse(false),
                    template.map(ChecklistTemplateItem::getPosition).orElse(1000)));
        });
        changes.save(item.observe(to, observed, runId, by, clock.instant()));
        items.saveAndFlush(item);
    }

    /** The environment's readiness: share of applicable items passed, and blocking items failed. */
    public Readiness readiness(long environmentId) {
        return readiness(items.findByEnvironmentId(environmentId));
    }

    ChecklistView view(long environmentId) {
        List<ChecklistItem> all = items.findByEnvironmentId(environmentId);
        return new ChecklistView(readiness(all), views(all, environmentId));
    }

    private static Readiness readiness(List<ChecklistItem> all) {
        int applicable = (int) all.stream().filter(i -> i.getStatus() != ItemStatus.NOT_APPLICABLE).count();
        int passed = (int) all.stream().filter(i -> i.getStatus() == ItemStatus.PASS).count();
        int blockingFailures = (int) all.stream()
                .filter(i -> i.isBlocking() && i.getStatus() == ItemStatus.FAIL).count();
        return new Readiness(passed, applicable, blockingFailures);
    }

    private List<ItemView> views(List<ChecklistItem> all, long environmentId) {
        Map<Long, String> componentNames = directory.components(environmentId).stream()
                .collect(Collectors.toMap(ComponentView::id, ComponentView::name));
        Map<Long, UserAccount> owners = users.byIds(all.stream().map(ChecklistItem::getOwnerUserId)
                .filter(Objects::nonNull).distinct().toList());
        return all.stream()
                .sorted(Comparator.comparingInt(Checklists::rank)
                        .thenComparing(ChecklistItem::getComponentId, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(ChecklistItem::getPosition))
                .map(i -> new ItemView(i.getId(), i.getComponentId(),
                        i.getComponentId() == null ? null : componentNames.get(i.getComponentId()), i.getItemKey(),
                        i.isBlocking(), i.getStatus(), i.getOwnerUserId(),
                        i.getOwnerUserId() == null ? null : owners.get(i.getOwnerUserId()).getDisplayName(),
                        i.getDueOn(), i.getEvidenceNote(), i.getObservedValue(), i.getProbeRunId(),
                        i.getUpdatedBy(), i.getUpdatedAt(), i.getVersion()))
                .toList();
    }

    /** Blocking failures first, then other failures, open blocking items, open items, passed, not applicable. */
    private static int rank(ChecklistItem item) {
        return switch (item.getStatus()) {
            case FAIL -> item.isBlocking() ? 0 : 1;
            case TODO -> item.isBlocking() ? 2 : 3;
            case PASS -> 4;
            case NOT_APPLICABLE -> 5;
        };
    }

    private int applyTo(long environmentId, Long componentId, ChecklistScope scope) {
        Map<String, ChecklistItem> present = items.findByEnvironmentId(environmentId).stream()
                .filter(i -> Objects.equals(i.getComponentId(), componentId))
                .collect(Collectors.toMap(ChecklistItem::getItemKey, Function.identity()));
        int added = 0;
        for (ChecklistTemplateItem template : templates.findByScopeOrderByPosition(scope)) {
            if (!present.containsKey(template.getItemKey())) {
                items.save(new ChecklistItem(environmentId, componentId, template.getItemKey(), template.isBlocking(),
                        template.getPosition()));
                added++;
            }
        }
        items.flush();
        return added;
    }

    private EnvironmentSummary visible(ProjectAccess access, long environmentId) {
        return directory.environment(access.projectId(), environmentId)
                .orElseThrow(() -> new NotFoundException("environment " + environmentId));
    }

    private ChecklistItem item(long environmentId, long itemId) {
        return items.findByIdAndEnvironmentId(itemId, environmentId)
                .orElseThrow(() -> new NotFoundException("checklist item " + itemId));
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("changing checklists of project " + access.projectId());
        }
    }
}
