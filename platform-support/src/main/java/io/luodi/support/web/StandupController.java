package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.support.standup.ItemForm;
import io.luodi.support.standup.SectionForm;
import io.luodi.support.standup.SectionKind;
import io.luodi.support.standup.StandupDetail;
import io.luodi.support.standup.StandupManagement;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The hypercare team's daily stand-ups: the list, opening today's, editing it in the meeting (with htmx each
 * attendee, agenda item and section saves on its own and only its fragment comes back), finalising and the Word
 * export. The implementer's pages only; a customer user gets 404 for every one of them.
 */
@Controller
@RequestMapping("/projects/{projectId}/standups")
class StandupController {

    private static final String DETAIL = "support/standups/detail";

    private final StandupManagement standups;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final MessageSource messages;

    StandupController(StandupManagement standups, ProjectAccessPolicy accessPolicy, ProjectManagement projects,
                      MessageSource messages) {
        this.standups = standups;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page, CurrentUser user,
                Model model) {
        ProjectAccess access = implementer(user, projectId);
        model.addAttribute("standups", standups.list(access, page));
        model.addAttribute("todayId", standups.today(access).orElse(null));
        return page(model, access, "support/standups/list");
    }

    /** Opens today's stand-up: the one already there, or a new one with its agenda pre-filled. */
    @PostMapping
    String openToday(@PathVariable long projectId, CurrentUser user) {
        ProjectAccess access = implementer(user, projectId);
        return "redirect:/projects/" + projectId + "/standups/" + standups.openToday(access);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = implementer(user, projectId);
        model.addAttribute("standup", standups.detail(access, id));
        return page(model, access, DETAIL);
    }

    @PostMapping("/{id}/facilitator")
    String lead(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                @RequestParam long facilitatorId, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model, RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        return change(access, id, htmx, model, redirect, "facilitatorPicker", "facilitator",
                () -> standups.lead(access, id, facilitatorId));
    }

    @PostMapping("/{id}/attendees/{attendeeId}")
    String tick(@PathVariable long projectId, @PathVariable long id, @PathVariable long attendeeId, CurrentUser user,
                @RequestParam boolean present, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Model model, RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        return change(access, id, htmx, model, redirect, "attendeeList", "attendees",
                () -> standups.tick(access, id, attendeeId, present));
    }

    /** Saves one agenda item's note, owner and next step; with htmx only the item comes back. */
    @PostMapping("/{id}/items/{itemId}")
    String writeItem(@PathVariable long projectId, @PathVariable long id, @PathVariable long itemId,
                     CurrentUser user, @Valid @ModelAttribute("form") ItemForm form, BindingResult result,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                     RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        String outcome = null;
        if (!result.hasErrors()) {
            try {
                standups.write(access, id, itemId, form);
                outcome = "standup.saved";
            } catch (BusinessRuleException refusal) {
                result.reject(refusal.messageCode(), refusal.arguments(), refusal.messageCode());
            }
        }
        if (htmx == null) {
            flash(redirect, outcome, result);
            return "redirect:/projects/" + projectId + "/standups/" + id + "#item-" + itemId;
        }
        StandupDetail standup = standups.detail(access, id);
        model.addAttribute("item", standup.item(itemId));
        outcome(model, outcome, result, Stream.of(form.note(), form.owner(), form.nextStep()));
        return fragment(model, access, standup, "agendaItem");
    }

    /** Saves one free-text section; with htmx only the section comes back. */
    @PostMapping("/{id}/sections/{kind}")
    String writeSection(@PathVariable long projectId, @PathVariable long id, @PathVariable SectionKind kind,
                        CurrentUser user, @Valid @ModelAttribute("form") SectionForm form, BindingResult result,
                        @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                        RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        String outcome = null;
        if (!result.hasErrors()) {
            try {
                standups.write(access, id, kind, form);
                outcome = "standup.saved";
            } catch (BusinessRuleException refusal) {
                result.reject(refusal.messageCode(), refusal.arguments(), refusal.messageCode());
            }
        }
        if (htmx == null) {
            flash(redirect, outcome, result);
            return "redirect:/projects/" + projectId + "/standups/" + id + "#section-" + kind;
        }
        StandupDetail standup = standups.detail(access, id);
        model.addAttribute("section", standup.section(kind));
        outcome(model, outcome, result, Stream.of(form.text()));
        return fragment(model, access, standup, "textSection");
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                   @RequestParam(required = false) String ticketKey, @RequestParam(required = false) String topic,
                   RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        String anchor = "";
        try {
            long itemId = ticketKey != null ? standups.addTicket(access, id, ticketKey)
                    : standups.addTopic(access, id, topic);
            redirect.addFlashAttribute("message", "standup.item.added");
            anchor = "#item-" + itemId;
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            anchor = "#add-item";
        }
        return "redirect:/projects/" + projectId + "/standups/" + id + anchor;
    }

    /** Takes an item off the agenda; with htmx the item simply disappears. */
    @PostMapping("/{id}/items/{itemId}/delete")
    String removeItem(@PathVariable long projectId, @PathVariable long id, @PathVariable long itemId,
                      CurrentUser user, @RequestHeader(name = "HX-Request", required = false) String htmx,
                      HttpServletResponse response, RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        String page = "/projects/" + projectId + "/standups/" + id;
        try {
            standups.remove(access, id, itemId);
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            if (htmx == null) {
                return "redirect:" + page;
            }
            // The refusal is the page's news (it was finalised meanwhile): htmx loads the page with the message.
            response.setHeader("HX-Redirect", page);
            return DETAIL + " :: removed";
        }
        if (htmx != null) {
            return DETAIL + " :: removed";
        }
        redirect.addFlashAttribute("message", "standup.item.removed");
        return "redirect:" + page + "#agenda";
    }

    @PostMapping("/{id}/finalise")
    String finalise(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                    RedirectAttributes redirect) {
        ProjectAccess access = implementer(user, projectId);
        Flash.attempt(redirect, "standup.finalised.done", () -> standups.finalise(access, id));
        return "redirect:/projects/" + projectId + "/standups/" + id;
    }

    @GetMapping("/{id}/export.docx")
    ResponseEntity<byte[]> export(@PathVariable long projectId, @PathVariable long id, CurrentUser user) {
        ProjectAccess access = implementer(user, projectId);
        return Downloads.of(standups.export(access, id, LocaleContextHolder.getLocale()));
    }

    /**
     * Runs a small change. With htmx the changed part of the page (its fragment) comes back, showing the refusal
     * if there was one; without it the page is reloaded at that part (its anchor) with a flash message.
     */
    private String change(ProjectAccess access, long id, String htmx, Model model, RedirectAttributes redirect,
                          String fragment, String anchor, Runnable change) {
        String error = null;
        try {
            change.run();
        } catch (BusinessRuleException refusal) {
            if (htmx == null) {
                Flash.refused(redirect, refusal);
                return "redirect:/projects/" + access.projectId() + "/standups/" + id;
            }
            error = refusal.messageCode();
        }
        if (htmx == null) {
            redirect.addFlashAttribute("message", "standup.saved");
            return "redirect:/projects/" + access.projectId() + "/standups/" + id + "#" + anchor;
        }
        model.addAttribute("refusal", error);
        return fragment(model, access, standups.detail(access, id), fragment);
    }

    private void flash(RedirectAttributes redirect, String outcome, BindingResult result) {
        if (outcome != null) {
            redirect.addFlashAttribute("message", outcome);
        } else {
            redirect.addFlashAttribute("error", "standup.notSaved");
            redirect.addFlashAttribute("errorArguments", new Object[]{String.join(" ", problems(result))});
        }
    }

    /** A saved fragment says so; a refused one lists why and still shows what was typed, so nothing is lost. */
    private void outcome(Model model, String outcome, BindingResult result, Stream<String> typed) {
        model.addAttribute("saved", outcome != null);
        if (outcome == null) {
            model.addAttribute("problems", problems(result));
            model.addAttribute("typed", typed.filter(t -> t != null && !t.isBlank()).toList());
        }
    }

    private List<String> problems(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        return result.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList();
    }

    private String fragment(Model model, ProjectAccess access, StandupDetail standup, String fragment) {
        model.addAttribute("standup", standup);
        model.addAttribute("access", access);
        return DETAIL + " :: " + fragment;
    }

    /** Stand-ups exist only for the implementer's side. */
    private ProjectAccess implementer(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!access.seesInternal()) {
            throw new NotFoundException("stand-ups of project " + projectId);
        }
        return access;
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }
}
