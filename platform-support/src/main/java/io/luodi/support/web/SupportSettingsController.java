package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.web.FormErrors;
import io.luodi.core.user.CurrentUser;
import io.luodi.support.alert.AlertWebhooks;
import io.luodi.support.settings.CustomerVisibility;
import io.luodi.support.settings.SettingsForm;
import io.luodi.support.settings.SupportSettingsManagement;
import io.luodi.support.sla.Calendars;
import io.luodi.support.sla.PolicyForm;
import io.luodi.support.sla.SlaPolicies;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's support set-up: the hypercare period, customer visibility, reopen window and at-risk share, and its
 * hypercare and standard SLA policies. Everyone on the project reads it (customers see what was promised); its
 * managers change it. The implementer's staff also see the monitoring webhook ({@link AlertSettingsController}).
 */
@Controller
@RequestMapping("/projects/{projectId}/support/settings")
class SupportSettingsController {

    private static final String PAGE = "support/settings/settings";

    private final SupportSettingsManagement settings;
    private final SlaPolicies policies;
    private final Calendars calendars;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final AlertWebhooks webhooks;

    SupportSettingsController(SupportSettingsManagement settings, SlaPolicies policies, Calendars calendars,
                              ProjectAccessPolicy accessPolicy, ProjectManagement projects, AlertWebhooks webhooks) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.policies = policies;
        this.calendars = calendars;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String show(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("settings", settings.of(projectId).toForm());
        return page(model, access);
    }

    @PostMapping
    String update(@PathVariable long projectId, CurrentUser user,
                  @Valid @ModelAttribute("settings") SettingsForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (!result.hasErrors()) {
            try {
                settings.update(access, form);
                redirect.addFlashAttribute("message", "support.settings.saved");
                return "redirect:/projects/" + projectId + "/support/settings";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("support.settings.stale");
            }
        }
        return page(model, access);
    }

    @PostMapping("/policies")
    String updatePolicy(@PathVariable long projectId, CurrentUser user,
                        @Valid @ModelAttribute("policy") PolicyForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (!result.hasErrors()) {
            try {
                policies.update(access, form);
                redirect.addFlashAttribute("message", "sla.policy.saved");
                return "redirect:/projects/" + projectId + "/support/settings#policy-" + form.kind();
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("support.settings.stale");
            }
        }
        model.addAttribute("settings", settings.of(projectId).toForm());
        model.addAttribute("failedPolicy", form.kind());
        return page(model, access);
    }

    private String page(Model model, ProjectAccess access) {
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", settings.of(access.projectId()).toForm());
        }
        model.addAttribute("policies", policies.of(access.projectId()));
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("visibilities", CustomerVisibility.values());
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        if (access.seesInternal()) {
            model.addAttribute("webhook", webhooks.of(access));
            model.addAttribute("webhookEndpoints", webhooks.endpoints(access));
        }
        return PAGE;
    }
}
