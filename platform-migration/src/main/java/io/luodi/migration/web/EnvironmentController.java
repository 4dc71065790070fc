package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.core.web.ReaderTimeZone;
import io.luodi.migration.checklist.ChecklistExport;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.environment.ComponentType;
import io.luodi.migration.environment.EnvironmentForm;
import io.luodi.migration.environment.EnvironmentKind;
import io.luodi.migration.environment.EnvironmentManagement;
import io.luodi.migration.environment.EnvironmentView;
import io.luodi.migration.environment.NetworkRuleForm;
import io.luodi.migration.environment.NetworkRuleStatus;
import io.luodi.migration.environment.Protocol;
import io.luodi.migration.inventory.AnsibleInventory;
import io.luodi.migration.probe.Probes;
import jakarta.validation.Valid;
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

/**
 * A project's environments: the list with each one's readiness, creating and editing one, its page with the
 * components, network rules, checklist and probe runs, and its exports (Ansible inventory, checklist to Excel).
 * Customers read the same pages without credentials or internal notes; staff change them.
 */
@Controller
@RequestMapping("/projects/{projectId}/environments")
class EnvironmentController {

    private final EnvironmentManagement environments;
    private final Checklists checklists;
    private final ChecklistExport checklistExport;
    private final AnsibleInventory inventory;
    private final Probes probes;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final CoreProperties core;

    EnvironmentController(EnvironmentManagement environments, Checklists checklists, ChecklistExport checklistExport,
                          AnsibleInventory inventory, Probes probes, ProjectAccessPolicy accessPolicy,
                          ProjectManagement projects, CoreProperties core) {
        this.environments = environments;
        this.checklists = checklists;
        this.checklistExport = checklistExport;
        this.inventory = inventory;
        this.probes = probes;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
        this.core = core;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("environments", checklists.readinessByEnvironment(access));
        return Pages.page(model, access, projects, "migration/environments/list");
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        model.addAttribute("environment", EnvironmentForm.blank());
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("environment") EnvironmentForm form, BindingResult result,
                             Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                long id = environments.create(access, form);
                redirect.addFlashAttribute("message", "environment.created");
                return Pages.redirectTo(projectId, id);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        EnvironmentView environment = environments.view(access, id);
        model.addAttribute("environment", environment);
        model.addAttribute("checklist", checklists.view(access, id));
        model.addAttribute("runs", probes.recent(access, id));
        model.addAttribute("componentTypes", ComponentType.values());
        if (access.seesInternal()) {
            if (!model.containsAttribute("rule")) {
                model.addAttribute("rule", NetworkRuleForm.blank());
            }
            model.addAttribute("protocols", Protocol.values());
        }
        return Pages.page(model, access, projects, "migration/environments/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        model.addAttribute("environment", environments.view(access, id).toForm());
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("environment") EnvironmentForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                environments.update(access, id, form);
                redirect.addFlashAttribute("message", "environment.saved");
                return Pages.redirectTo(projectId, id);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("environment.stale");
            }
        }
        return form(model, access, id);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        environments.delete(access, id);
        redirect.addFlashAttribute("message", "environment.deleted");
        return "redirect:/projects/" + projectId + "/environments";
    }

    @PostMapping("/{id}/rules")
    String addRule(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                   @Valid @ModelAttribute("rule") NetworkRuleForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (result.hasErrors()) {
            return show(projectId, id, user, model);
        }
        environments.addRule(access, id, form);
        redirect.addFlashAttribute("message", "network.rule.added");
        return Pages.redirectTo(projectId, id) + "#rules";
    }

    @PostMapping("/{id}/rules/{ruleId}/status")
    String moveRule(@PathVariable long projectId, @PathVariable long id, @PathVariable long ruleId,
                    CurrentUser user, @RequestParam NetworkRuleStatus to, @RequestParam long version,
                    RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.attempt(redirect, "network.rule.moved", () -> environments.moveRule(access, id, ruleId, to, version));
        return Pages.redirectTo(projectId, id) + "#rules";
    }

    @PostMapping("/{id}/rules/{ruleId}/delete")
    String deleteRule(@PathVariable long projectId, @PathVariable long id, @PathVariable long ruleId,
                      CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Flash.attempt(redirect, "network.rule.deleted", () -> environments.deleteRule(access, id, ruleId));
        return Pages.redirectTo(projectId, id) + "#rules";
    }

    @GetMapping("/{id}/inventory.yml")
    ResponseEntity<byte[]> inventory(@PathVariable long projectId, @PathVariable long id, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(inventory.export(access, id));
    }

    @GetMapping("/{id}/checklist.xlsx")
    ResponseEntity<byte[]> checklist(@PathVariable long projectId, @PathVariable long id, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(checklistExport.export(access, id, LocaleContextHolder.getLocale(),
                ReaderTimeZone.current(core.timeZone())));
    }

    private String form(Model model, ProjectAccess access, Long id) {
        model.addAttribute("environmentId", id);
        model.addAttribute("kinds", EnvironmentKind.values());
        return Pages.page(model, access, projects, "migration/environments/form");
    }
}
