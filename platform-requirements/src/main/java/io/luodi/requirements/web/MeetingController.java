package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.meeting.AttendeeSide;
import io.luodi.requirements.meeting.MeetingDetail;
import io.luodi.requirements.meeting.MeetingForm;
import io.luodi.requirements.meeting.MeetingKind;
import io.luodi.requirements.meeting.MeetingManagement;
import io.luodi.requirements.requirement.RequirementManagement;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A project's meetings: list, record, edit, delete; tick off action items; turn a decision into a requirement or
 * into a change of one; and the minutes as a Word document. Customers read; implementer staff edit.
 */
@Controller
@RequestMapping("/projects/{projectId}/meetings")
class MeetingController {

    private static final String FORM = "requirements/meetings/form";

    private final MeetingManagement meetings;
    private final RequirementManagement requirements;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final Clock clock;

    MeetingController(MeetingManagement meetings, RequirementManagement requirements,
                      ProjectAccessPolicy accessPolicy, ProjectManagement projects, Clock clock) {
        this.meetings = meetings;
        this.requirements = requirements;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * The form binds through its constructor only: its lists drop blank rows, so an index the browser sent for a
     * blank row has nothing behind it to set afterwards.
     */
    @InitBinder("meeting")
    void bindThroughConstructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("meetings", meetings.list(access));
        model.addAttribute("canEdit", meetings.canEdit(access));
        return page(model, access, "requirements/meetings/list");
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        model.addAttribute("meeting", MeetingForm.blank(LocalDate.now(clock)));
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = meetings.create(access, form);
                redirect.addFlashAttribute("message", "meeting.created");
                return "redirect:/projects/" + projectId + "/meetings/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("meeting", meetings.detail(access, id));
        model.addAttribute("canEdit", meetings.canEdit(access));
        model.addAttribute("sides", AttendeeSide.values());
        return page(model, access, "requirements/meetings/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        model.addAttribute("meeting", meetings.detail(access, id).toForm());
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                meetings.update(access, id, form);
                redirect.addFlashAttribute("message", "meeting.saved");
                return "redirect:/projects/" + projectId + "/meetings/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("meeting.stale");
            }
        }
        return form(model, access, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            meetings.delete(access, id);
            redirect.addFlashAttribute("message", "meeting.deleted");
            return "redirect:/projects/" + projectId + "/meetings";
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/projects/" + projectId + "/meetings/" + id;
        }
    }

    /**
     * Ticks an action item off or opens it again. With htmx only the item's row is sent back; without, the
     * meeting's page.
     */
    @PostMapping("/{id}/action-items/{itemId}")
    String markActionItem(@PathVariable long projectId, @PathVariable long id, @PathVariable long itemId,
                          CurrentUser user, @RequestParam boolean done,
                          @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                          RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            meetings.markActionItem(access, id, itemId, done);
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("meeting.stale"));
            return "redirect:/projects/" + projectId + "/meetings/" + id;
        }
        if (htmx != null) {
            MeetingDetail meeting = meetings.detail(access, id);
            model.addAttribute("meeting", meeting);
            model.addAttribute("item", meeting.actionItems().stream().filter(a -> a.id() == itemId).findFirst()
                    .orElseThrow(() -> new NotFoundException("action item " + itemId)));
            model.addAttribute("canEdit", true);
            model.addAttribute("access", access);
            return "requirements/meetings/detail :: actionItem";
        }
        redirect.addFlashAttribute("message", done ? "meeting.actionItem.closed" : "meeting.actionItem.reopened");
        return "redirect:/projects/" + projectId + "/meetings/" + id + "#action-items";
    }

    /** From a decision to the edit form of the requirement it changes, given the requirement's key. */
    @GetMapping("/{id}/decisions/{decisionId}/change")
    String changeRequirement(@PathVariable long projectId, @PathVariable long id, @PathVariable long decisionId,
                             CurrentUser user, @RequestParam(required = false) String key,
                             RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireEditor(access);
        if (meetings.detail(access, id).decision(decisionId) == null) {
            throw new NotFoundException("decision " + decisionId);
        }
        Optional<Long> requirement = key == null ? Optional.empty() : requirements.findByKey(access, key);
        if (requirement.isEmpty()) {
            Flash.refused(redirect, new BusinessRuleException("meeting.decision.unknownRequirement",
                    key == null ? "" : key));
            return "redirect:/projects/" + projectId + "/meetings/" + id + "#decision-" + decisionId;
        }
        return "redirect:/projects/" + projectId + "/requirements/" + requirement.get() + "/edit?decisionId="
                + decisionId;
    }

    @GetMapping("/{id}/minutes.docx")
    ResponseEntity<byte[]> minutes(@PathVariable long projectId, @PathVariable long id, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MeetingDetail meeting = meetings.detail(access, id);
        byte[] document = meetings.minutes(access, id, LocaleContextHolder.getLocale());
        return Downloads.of(ExportedFile.docx(meeting.heldOn() + " " + meeting.title(), document));
    }

    private String form(Model model, ProjectAccess access, Long id) {
        model.addAttribute("meetingId", id);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("sides", AttendeeSide.values());
        model.addAttribute("members", meetings.members(access));
        return page(model, access, FORM);
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }

    private void requireEditor(ProjectAccess access) {
        if (!meetings.canEdit(access)) {
            throw new ForbiddenException("editing meetings of project " + access.projectId());
        }
    }
}
