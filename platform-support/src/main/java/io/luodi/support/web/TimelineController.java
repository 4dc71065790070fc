package io.luodi.support.web;

import io.luodi.core.user.CurrentUser;
import io.luodi.support.timeline.RelationshipTimeline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The relationship timeline of a customer organisation, for the implementer staff who work with it. */
@Controller
class TimelineController {

    private final RelationshipTimeline timeline;

    TimelineController(RelationshipTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/organisations/{organisationId}/timeline")
    String timeline(@PathVariable long organisationId, CurrentUser user, Model model) {
        model.addAttribute("timeline", timeline.timeline(user, organisationId));
        return "support/timeline/timeline";
    }
}
