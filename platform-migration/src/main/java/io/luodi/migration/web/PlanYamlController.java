package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.engine.plan.PlanException;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanSummary;
import io.luodi.migration.planning.YamlForm;
import jakarta.validation.Valid;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A plan as YAML: editing it whole in the page, importing a file, exporting a version. A plan that does not read
 * is not saved, and every problem is listed with where it is.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration/plans/{planId}")
class PlanYamlController {

    private static final long MAX_IMPORT = 2 * 1024 * 1024;

    private final MigrationPlans plans;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    PlanYamlController(MigrationPlans plans, ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.plans = plans;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping("/yaml")
    String showYamlForm(@PathVariable long projectId, @PathVariable long planId, CurrentUser user, Model model) {
        ProjectAccess access = staff(user, projectId);
        PlanSummary plan = plans.summary(access, planId);
        model.addAttribute("yamlForm", new YamlForm(plans.yaml(access, planId, plan.currentVersion()), null));
        return page(access, plan, model);
    }

    @PostMapping("/yaml")
    String processYamlForm(@PathVariable long projectId, @PathVariable long planId, CurrentUser user,
                           @Valid @ModelAttribute("yamlForm") YamlForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        return save(access, planId, form, result, model, redirect);
    }

    @PostMapping("/import")
    String importYaml(@PathVariable long projectId, @PathVariable long planId, CurrentUser user,
                      @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        ProjectAccess access = staff(user, projectId);
        YamlForm form;
        if (file == null || file.isEmpty()) {
            form = new YamlForm(plans.yaml(access, planId, plans.summary(access, planId).currentVersion()), null);
            model.addAttribute("importError", "migration.file.required");
            model.addAttribute("yamlForm", form);
            return page(access, plans.summary(access, planId), model);
        }
        if (file.getSize() > MAX_IMPORT) {
            form = new YamlForm(plans.yaml(access, planId, plans.summary(access, planId).currentVersion()), null);
            model.addAttribute("importError", "migration.yaml.tooLarge");
            model.addAttribute("yamlForm", form);
            return page(access, plans.summary(access, planId), model);
        }
        form = new YamlForm(new String(file.getBytes(), StandardCharsets.UTF_8), file.getOriginalFilename());
        BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "yamlForm");
        model.addAttribute("yamlForm", form);
        return save(access, planId, form, result, model, redirect);
    }

    @GetMapping("/plan.yaml")
    ResponseEntity<byte[]> export(@PathVariable long projectId, @PathVariable long planId,
                                  @RequestParam(required = false) Integer version, CurrentUser user) {
        ProjectAccess access = staff(user, projectId);
        PlanSummary plan = plans.summary(access, planId);
        int number = version == null ? plan.currentVersion() : version;
        byte[] yaml = plans.yaml(access, planId, number).getBytes(StandardCharsets.UTF_8);
        return Downloads.of(new ExportedFile(plan.name() + "-v" + number + ".yaml", "application/yaml;charset=UTF-8",
                yaml));
    }

    private String save(ProjectAccess access, long planId, YamlForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int version = plans.saveYaml(access, planId, form.yaml(), form.note());
                redirect.addFlashAttribute("message", "migration.plan.saved");
                redirect.addFlashAttribute("savedVersion", version);
                return MigrationPages.plan(access.projectId(), planId);
            } catch (PlanException invalid) {
                model.addAttribute("problems", invalid.problems());
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("migration.plan.stale", new Object[]{0}, null);
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "yamlForm", result);
        return page(access, plans.summary(access, planId), model);
    }

    private String page(ProjectAccess access, PlanSummary plan, Model model) {
        model.addAttribute("plan", plan);
        return MigrationPages.page(model, access, projects, "migration/plans/yaml");
    }

    private ProjectAccess staff(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MigrationPages.requireStaff(access);
        return access;
    }
}
