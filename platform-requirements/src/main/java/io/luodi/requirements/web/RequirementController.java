package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectOverview;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.meeting.MeetingManagement;
import io.luodi.requirements.painpoint.PainPointFilter;
import io.luodi.requirements.painpoint.PainPointManagement;
import io.luodi.requirements.requirement.BulkChange;
import io.luodi.requirements.requirement.Priority;
import io.luodi.requirements.requirement.RequirementDetail;
import io.luodi.requirements.requirement.RequirementExports;
import io.luodi.requirements.requirement.RequirementForm;
import io.luodi.requirements.requirement.RequirementManagement;
import io.luodi.requirements.requirement.RequirementQuery;
import io.luodi.requirements.requirement.RequirementSort;
import io.luodi.requirements.requirement.RequirementSource;
import io.luodi.requirements.requirement.RequirementStatus;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A project's requirements: the list with filters, sorting, paging and bulk edit; record (from scratch, from an
 * answer, a pain point or a meeting decision); the requirement's page with its sources and history; edit; and
 * the Excel exports of the list and the change log. Customers read; implementer staff edit.
 */
@Controller
@RequestMapping("/projects/{projectId}/requirements")
class RequirementController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "requirements/requirements/form";

    private final MessageSource messages;
    private final RequirementManagement requirements;
    private final RequirementExports exports;
    private final PainPointManagement painPoints;
    private final MeetingManagement meetings;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final Clock clock;

    RequirementController(RequirementManagement requirements, RequirementExports exports,
                          PainPointManagement painPoints, MeetingManagement meetings,
                          ProjectAccessPolicy accessPolicy, ProjectManagement projects, MessageSource messages,
                          Clock clock) {
        this.messages = messages;
        this.requirements = requirements;
        this.exports = exports;
        this.painPoints = painPoints;
        this.meetings = meetings;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user,
                @RequestParam(required = false) RequirementStatus status,
                @RequestParam(required = false) Priority priority, @RequestParam(required = false) String scope,
                @RequestParam(required = false) String category, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(defaultValue = "0") int page, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        RequirementQuery query = query(status, priority, scope, category, q, sort, dir, page, PAGE_SIZE);
        model.addAttribute("requirements", requirements.search(access, query));
        model.addAttribute("query", query);
        model.addAttribute("links", new RequirementListLinks(projectId, query));
        model.addAttribute("categories", requirements.categories(access));
        model.addAttribute("canEdit", requirements.canEdit(access));
        model.addAttribute("signedBaseline", requirements.signedBaseline(access).orElse(null));
        model.addAttribute("statuses", RequirementStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("sorts", RequirementSort.values());
        return page(model, access, "requirements/requirements/list");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> exportList(@PathVariable long projectId, CurrentUser user,
                                      @RequestParam(required = false) RequirementStatus status,
                                      @RequestParam(required = false) Priority priority,
                                      @RequestParam(required = false) String scope,
                                      @RequestParam(required = false) String category,
                                      @RequestParam(required = false) String q,
                                      @RequestParam(required = false) String sort,
                                      @RequestParam(required = false) String dir) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        RequirementQuery query = query(status, priority, scope, category, q, sort, dir, 0, 1);
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.of(ExportedFile.xlsx(filename(access, "export.requirements.sheet", locale),
                exports.requirementList(access, query, locale)));
    }

    @GetMapping("/changes.xlsx")
    ResponseEntity<byte[]> exportChanges(@PathVariable long projectId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.of(ExportedFile.xlsx(filename(access, "export.changes.sheet", locale),
                exports.changeLog(access, locale)));
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user,
                          @RequestParam(required = false) Long answerId,
                          @RequestParam(required = false) Long painPointId,
                          @RequestParam(required = false) Long decisionId, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        RequirementSource.Kind kind = answerId != null ? RequirementSource.Kind.ANSWER
                : painPointId != null ? RequirementSource.Kind.PAIN_POINT
                : decisionId != null ? RequirementSource.Kind.DECISION : null;
        Long sourceId = answerId != null ? answerId : painPointId != null ? painPointId : decisionId;
        model.addAttribute("requirement", requirements.draft(access, kind, sourceId));
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("requirement") RequirementForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = requirements.create(access, form);
                redirect.addFlashAttribute("message", "requirement.created");
                return "redirect:/projects/" + projectId + "/requirements/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("requirement", requirements.detail(access, id));
        boolean canEdit = requirements.canEdit(access);
        model.addAttribute("canEdit", canEdit);
        if (canEdit) {
            model.addAttribute("painPointChoices", painPoints.list(access, new PainPointFilter(null, null)));
            model.addAttribute("decisionChoices", meetings.decisionChoices(access));
        }
        return page(model, access, "requirements/requirements/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                        @RequestParam(required = false) Long decisionId, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        RequirementForm form = requirements.editForm(access, id);
        model.addAttribute("requirement", decisionId == null ? form
                : form.withSource(RequirementSource.Kind.DECISION, decisionId));
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("requirement") RequirementForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                boolean changed = !requirements.update(access, id, form).isEmpty();
                redirect.addFlashAttribute("message", changed ? "requirement.saved" : "requirement.unchanged");
                return "redirect:/projects/" + projectId + "/requirements/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("requirement.stale", new Object[]{requirements.detail(access, id).key()},
                        "requirement.stale");
            }
        }
        return form(model, access, id);
    }

    @PostMapping("/{id}/sources")
    String addSource(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                     @RequestParam RequirementSource.Kind kind, @RequestParam(required = false) Long sourceId,
                     RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (sourceId == null) {
            Flash.refused(redirect, new BusinessRuleException("requirement.source.choose"));
        } else {
            requirements.addSource(access, id, kind, sourceId);
            redirect.addFlashAttribute("message", "requirement.source.added");
        }
        return "redirect:/projects/" + projectId + "/requirements/" + id + "#sources";
    }

    @PostMapping("/{id}/sources/remove")
    String removeSource(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                        @RequestParam RequirementSource.Kind kind, @RequestParam long sourceId,
                        RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requirements.removeSource(access, id, kind, sourceId);
        redirect.addFlashAttribute("message", "requirement.source.removed");
        return "redirect:/projects/" + projectId + "/requirements/" + id + "#sources";
    }

    /** Sets status, priority, scope or category of every selected requirement at once, or of none. */
    @PostMapping("/bulk")
    String bulkEdit(@PathVariable long projectId, CurrentUser user,
                    @RequestParam(name = "selected", required = false) List<String> selected,
                    @RequestParam(required = false) RequirementStatus status,
                    @RequestParam(required = false) Priority priority,
                    @RequestParam(required = false) String scope, @RequestParam(required = false) String category,
                    @RequestParam(required = false) String back, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        List<BulkChange.Selected> selection = selected == null ? List.of()
                : selected.stream().map(BulkChange.Selected::parse).filter(Objects::nonNull).toList();
        try {
            int changed = requirements.bulkEdit(access, new BulkChange(selection, status, priority, scope(scope),
                    category));
            redirect.addFlashAttribute("message", changed == 0 ? "requirement.bulk.unchanged" : "requirement.bulk.done");
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("requirement.bulk.raced"));
        }
        return "redirect:/projects/" + projectId + "/requirements" + backQuery(back);
    }

    private String form(Model model, ProjectAccess access, Long id) {
        RequirementForm form = (RequirementForm) model.getAttribute("requirement");
        model.addAttribute("requirementId", id);
        if (id != null) {
            RequirementDetail current = requirements.detail(access, id);
            model.addAttribute("current", current);
        }
        model.addAttribute("source", form != null && form.hasSource()
                ? requirements.source(access, form.sourceKind(), form.sourceId()) : null);
        model.addAttribute("signedBaseline", requirements.signedBaseline(access).orElse(null));
        model.addAttribute("categories", requirements.categories(access));
        model.addAttribute("statuses", RequirementStatus.values());
        model.addAttribute("priorities", Priority.values());
        return page(model, access, FORM);
    }

    private String page(Model model, ProjectAccess access, String view) {
        ProjectOverview overview = projects.overview(access);
        model.addAttribute("access", access);
        model.addAttribute("overview", overview);
        return view;
    }

    private static RequirementQuery query(RequirementStatus status, Priority priority, String scope, String category,
                                          String text, String sort, String dir, int page, int size) {
        RequirementSort order = RequirementSort.KEY;
        if (sort != null) {
            for (RequirementSort candidate : RequirementSort.values()) {
                if (candidate.name().equalsIgnoreCase(sort)) {
                    order = candidate;
                }
            }
        }
        return new RequirementQuery(status, priority, scope(scope), category, text, order, "desc".equals(dir), page,
                size);
    }

    private static Boolean scope(String scope) {
        return "in".equals(scope) ? Boolean.TRUE : "out".equals(scope) ? Boolean.FALSE : null;
    }

    /** "HIS 需求清单 2026-11-25": the project, what the file holds in the reader's language, and the day. */
    private String filename(ProjectAccess access, String what, Locale locale) {
        return projects.overview(access).project().code() + " " + messages.getMessage(what, null, locale) + " "
                + LocalDate.now(clock);
    }

    /** The list's filters to come back to; only a query string of plain URL characters is taken. */
    private static String backQuery(String back) {
        return back != null && !back.isBlank() && back.matches("[A-Za-z0-9_.~%&=+-]*") ? "?" + back : "";
    }
}
