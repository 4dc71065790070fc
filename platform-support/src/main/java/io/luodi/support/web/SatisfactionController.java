package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.project.ProjectSummary;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.support.satisfaction.NpsForm;
import io.luodi.support.satisfaction.NpsSurvey;
import io.luodi.support.satisfaction.RatingForm;
import io.luodi.support.satisfaction.RatingPanel;
import io.luodi.support.satisfaction.TicketRatings;
import io.luodi.support.ticket.TicketManagement;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers' answers on satisfaction: the rating of a resolved ticket, and the project's NPS question after
 * hypercare. With htmx only the rating panel or the invitation comes back, changed in place; without, the page
 * the form was on.
 */
@Controller
class SatisfactionController {

    private static final String RATING = "support/satisfaction/rating :: panel";
    private static final String INVITATION = "support/satisfaction/nps :: invitation";

    private final TicketRatings ratings;
    private final NpsSurvey nps;
    private final TicketManagement tickets;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    SatisfactionController(TicketRatings ratings, NpsSurvey nps, TicketManagement tickets,
                           ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.ratings = ratings;
        this.nps = nps;
        this.tickets = tickets;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @PostMapping("/projects/{projectId}/tickets/{id}/rating")
    String rate(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        String error = result.hasErrors() ? "rating.invalid" : null;
        if (error != null && !ratings.panel(access, tickets.view(access, id)).askable()) {
            throw new NotFoundException("rating of ticket " + id);
        }
        RatingPanel panel = null;
        if (error == null) {
            try {
                panel = ratings.rate(access, id, form);
            } catch (BusinessRuleException refusal) {
                error = refusal.messageCode();
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
                error = "rating.stale";
            }
        }
        if (htmx == null) {
            if (error == null) {
                redirect.addFlashAttribute("message", "rating.saved");
            } else {
                Flash.refused(redirect, new BusinessRuleException(error));
            }
            return "redirect:/projects/" + projectId + "/tickets/" + id + "#rating";
        }
        model.addAttribute("rating", panel != null ? panel : ratings.panel(access, tickets.view(access, id)));
        model.addAttribute("access", access);
        if (error == null) {
            model.addAttribute("saved", true);
        } else {
            model.addAttribute("ratingError", error);
        }
        return RATING;
    }

    /** {@code back} says where a form without htmx returns to: the portal, or the project's tickets. */
    @PostMapping("/projects/{projectId}/nps")
    String answer(@PathVariable long projectId, CurrentUser user, @Valid @ModelAttribute("npsForm") NpsForm form,
                  BindingResult result, @RequestParam(defaultValue = "project") String back,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        String error = result.hasErrors() ? "nps.invalid" : null;
        if (error != null && nps.invitation(access).isEmpty()) {
            throw new NotFoundException("NPS survey of project " + projectId);
        }
        if (error == null) {
            try {
                nps.answer(access, form);
            } catch (BusinessRuleException refusal) {
                error = refusal.messageCode();
            } catch (DataIntegrityViolationException doubleTap) {
                // The same answer sent twice at once: the unique key kept the first.
                error = "nps.answered";
            }
        }
        if (htmx == null) {
            if (error == null) {
                redirect.addFlashAttribute("message", "nps.thanks");
            } else {
                Flash.refused(redirect, new BusinessRuleException(error));
            }
            return "portal".equals(back) ? "redirect:/tickets" : "redirect:/projects/" + projectId + "/tickets";
        }
        if (error == null) {
            return "support/satisfaction/nps :: thanks";
        }
        model.addAttribute("npsError", error);
        ProjectSummary project = projects.overview(access).project();
        model.addAttribute("invitation", new NpsSurvey.Invitation(projectId, project.code(), project.name()));
        model.addAttribute("back", back);
        return INVITATION;
    }
}
