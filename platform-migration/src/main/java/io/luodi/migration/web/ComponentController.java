package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.environment.CloudProvider;
import io.luodi.migration.environment.ComponentForm;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.DatabaseEngine;
import io.luodi.migration.environment.EnvironmentManagement;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An environment's components, one form per type (server, database, middleware, cloud resource). Staff only; the
 * password field is write-only and always comes back empty.
 */
@Controller
@RequestMapping("/projects/{projectId}/environments/{environmentId}/components")
class ComponentController {

    private final EnvironmentManagement environments;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    ComponentController(EnvironmentManagement environments, ProjectAccessPolicy accessPolicy,
                        ProjectManagement projects) {
        this.environments = environments;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, @PathVariable long environmentId,
                          @RequestParam ComponentType type, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        environments.view(access, environmentId);
        model.addAttribute("component", ComponentForm.blank(type));
        return form(model, access, environmentId, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, @PathVariable long environmentId, CurrentUser user,
                             @Valid @ModelAttribute("component") ComponentForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                environments.addComponent(access, environmentId, form);
                redirect.addFlashAttribute("message", "component.created");
                return Pages.redirectTo(projectId, environmentId) + "#components";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, environmentId, null);
    }

    @GetMapping("/{componentId}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long environmentId,
                        @PathVariable long componentId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        model.addAttribute("component", environments.component(access, environmentId, componentId).toForm());
        return form(model, access, environmentId, componentId);
    }

    @PostMapping("/{componentId}")
    String processEditForm(@PathVariable long projectId, @PathVariable long environmentId,
                           @PathVariable long componentId, CurrentUser user,
                           @Valid @ModelAttribute("component") ComponentForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                environments.updateComponent(access, environmentId, componentId, form);
                redirect.addFlashAttribute("message", "component.saved");
                return Pages.redirectTo(projectId, environmentId) + "#components";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("environment.stale");
            }
        }
        return form(model, access, environmentId, componentId);
    }

    @PostMapping("/{componentId}/delete")
    String delete(@PathVariable long projectId, @PathVariable long environmentId, @PathVariable long componentId,
                  CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        environments.deleteComponent(access, environmentId, componentId);
        redirect.addFlashAttribute("message", "component.deleted");
        return Pages.redirectTo(projectId, environmentId) + "#components";
    }

    private String form(Model model, ProjectAccess access, long environmentId, Long componentId) {
        model.addAttribute("environmentId", environmentId);
        model.addAttribute("componentId", componentId);
        if (componentId != null) {
            model.addAttribute("stored", environments.component(access, environmentId, componentId));
        }
        model.addAttribute("engines", DatabaseEngine.values());
        model.addAttribute("providers", CloudProvider.values());
        model.addAttribute("credentialsCanBeStored", environments.credentialsCanBeStored());
        return Pages.page(model, access, projects, "migration/components/form");
    }
}
