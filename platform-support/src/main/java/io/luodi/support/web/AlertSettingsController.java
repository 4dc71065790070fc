package io.luodi.support.web;

import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.user.CurrentUser;
import io.luodi.support.alert.AlertSettingsForm;
import io.luodi.support.alert.AlertWebhooks;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring webhook section of a project's support settings: its managers issue the token and choose how
 * alerts become tickets. The section itself is shown by the settings page.
 */
@Controller
@RequestMapping("/projects/{projectId}/support/settings/alerts")
class AlertSettingsController {

    private final AlertWebhooks webhooks;
    private final ProjectAccessPolicy accessPolicy;

    AlertSettingsController(AlertWebhooks webhooks, ProjectAccessPolicy accessPolicy) {
        this.webhooks = webhooks;
        this.accessPolicy = accessPolicy;
    }

    @PostMapping
    String update(@PathVariable long projectId, CurrentUser user,
                  @Valid @ModelAttribute("alertSettings") AlertSettingsForm form, BindingResult result,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "alerts.settings.invalid");
        } else {
            try {
                webhooks.update(access, form);
                redirect.addFlashAttribute("message", "alerts.settings.saved");
            } catch (OptimisticLockingFailureException raced) {
                redirect.addFlashAttribute("error", "support.settings.stale");
            }
        }
        return section(projectId);
    }

    /**
     * Issues a new token. It travels to the settings page once, as a flash attribute, and is never shown again:
     * only its hash is stored.
     */
    @PostMapping("/token")
    String issueToken(@PathVariable long projectId, CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        redirect.addFlashAttribute("issuedToken", webhooks.issueToken(access));
        redirect.addFlashAttribute("message", "alerts.token.issued");
        return section(projectId);
    }

    private static String section(long projectId) {
        return "redirect:/projects/" + projectId + "/support/settings#alerts";
    }
}
