package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.migration.probe.Probes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.LongSupplier;

/**
 * Starts probes and shows their progress. A button pressed with htmx gets the run's fragment back at once, which
 * polls until the run ends; without htmx the page reloads at the environment's probe runs.
 */
@Controller
@RequestMapping("/projects/{projectId}/environments/{environmentId}/probes")
class ProbeController {

    private static final String RUN = "migration/probes/run :: run";

    private final Probes probes;
    private final ProjectAccessPolicy accessPolicy;

    ProbeController(Probes probes, ProjectAccessPolicy accessPolicy) {
        this.probes = probes;
        this.accessPolicy = accessPolicy;
    }

    @PostMapping("/components/{componentId}")
    String probeComponent(@PathVariable long projectId, @PathVariable long environmentId,
                          @PathVariable long componentId, CurrentUser user,
                          @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                          RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return start(access, environmentId, htmx != null, model, redirect,
                () -> probes.probeComponent(access, environmentId, componentId));
    }

    @PostMapping("/rules/{ruleId}")
    String probeRule(@PathVariable long projectId, @PathVariable long environmentId, @PathVariable long ruleId,
                     CurrentUser user, @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return start(access, environmentId, htmx != null, model, redirect,
                () -> probes.probeRule(access, environmentId, ruleId));
    }

    @GetMapping("/{runId}")
    String run(@PathVariable long projectId, @PathVariable long environmentId, @PathVariable long runId,
               CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("run", probes.run(access, environmentId, runId));
        model.addAttribute("access", access);
        return RUN;
    }

    private String start(ProjectAccess access, long environmentId, boolean htmx, Model model,
                         RedirectAttributes redirect, LongSupplier probe) {
        try {
            long runId = probe.getAsLong();
            if (htmx) {
                model.addAttribute("run", probes.run(access, environmentId, runId));
                model.addAttribute("access", access);
                return RUN;
            }
            redirect.addFlashAttribute("message", "probe.started");
        } catch (BusinessRuleException refusal) {
            if (htmx) {
                model.addAttribute("refusal", refusal);
                return "migration/probes/run :: refused";
            }
            Flash.refused(redirect, refusal);
        }
        return Pages.redirectTo(access.projectId(), environmentId) + "#probes";
    }
}
