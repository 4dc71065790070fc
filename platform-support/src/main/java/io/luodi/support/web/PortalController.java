package io.luodi.support.web;

import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.CurrentUser;
import io.luodi.support.satisfaction.NpsSurvey;
import io.luodi.support.ticket.TicketQueries;
import io.luodi.support.ticket.TicketQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * The customer portal's start: every ticket of the reader's projects they may see, with status and SLA due times,
 * without going project by project. Staff get the same view over the projects they work on.
 */
@Controller
class PortalController {

    private final TicketQueries queries;
    private final ProjectAccessPolicy accessPolicy;
    private final NpsSurvey nps;

    PortalController(TicketQueries queries, ProjectAccessPolicy accessPolicy, NpsSurvey nps) {
        this.queries = queries;
        this.accessPolicy = accessPolicy;
        this.nps = nps;
    }

    /** Also invites a customer user to each NPS survey of their projects that waits for their answer. */
    @GetMapping("/tickets")
    String tickets(CurrentUser user, @ModelAttribute("query") TicketQuery query, Model model) {
        List<Long> projectIds = accessPolicy.visibleProjectIds(user);
        model.addAttribute("tickets", queries.portal(projectIds, user, query));
        model.addAttribute("npsInvitations", nps.invitations(user, projectIds));
        model.addAttribute("views", TicketQuery.View.values());
        return "support/tickets/portal";
    }
}
