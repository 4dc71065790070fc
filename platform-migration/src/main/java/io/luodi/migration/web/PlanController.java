package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.planning.DictionaryForm;
import io.luodi.migration.planning.FileDatasetForm;
import io.luodi.migration.planning.MigrationDatabases;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.QueryDatasetForm;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
 * A plan's page for the implementer's staff: its datasets and versions, adding a dataset from an uploaded file or
 * a query, the code dictionaries, and the field mapping as a workbook for the customer to review.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration/plans/{planId}")
class PlanController {

    private final MigrationPlans plans;
    private final MigrationDatabases databases;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    PlanController(MigrationPlans plans, MigrationDatabases databases, ProjectAccessPolicy accessPolicy,
                   ProjectManagement projects) {
        this.plans = plans;
        this.databases = databases;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String show(@PathVariable long projectId, @PathVariable long planId, CurrentUser user, Model model) {
        return page(staff(user, projectId), planId, model);
    }

    @PostMapping("/datasets")
    String addFileDataset(@PathVariable long projectId, @PathVariable long planId, CurrentUser user,
                          @Valid @ModelAttribute("fileDataset") FileDatasetForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        if (!result.hasErrors()) {
            if (form.file() == null || form.file().isEmpty()) {
                result.rejectValue("file", "migration.file.required");
            } else {
                try {
                    long id = plans.addFileDataset(access, planId, form.name(), form.file());
                    redirect.addFlashAttribute("message", "migration.dataset.created");
                    return MigrationPages.dataset(projectId, planId, id);
                } catch (BusinessRuleException refusal) {
                    FormErrors.reject(result, refusal);
                }
            }
        }
        return page(access, planId, model);
    }

    @PostMapping("/query-datasets")
    String addQueryDataset(@PathVariable long projectId, @PathVariable long planId, CurrentUser user,
                           @Valid @ModelAttribute("queryDataset") QueryDatasetForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = plans.addQueryDataset(access, planId, form.name(), form.sourceComponent(), form.query());
                redirect.addFlashAttribute("message", "migration.dataset.created");
                return MigrationPages.dataset(projectId, planId, id);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(access, planId, model);
    }

    @PostMapping("/dictionaries")
    String putDictionary(@PathVariable long projectId, @PathVariable long planId, CurrentUser user,
                         @Valid @ModelAttribute("dictionary") DictionaryForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        if (!result.hasErrors()) {
            try {
                int version = plans.putDictionary(access, planId, form);
                redirect.addFlashAttribute("message", "migration.plan.saved");
                redirect.addFlashAttribute("savedVersion", version);
                return MigrationPages.plan(projectId, planId) + "#dictionaries";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(access, planId, model);
    }

    @GetMapping("/mapping.xlsx")
    ResponseEntity<byte[]> mappingSheet(@PathVariable long projectId, @PathVariable long planId, CurrentUser user) {
        ProjectAccess access = staff(user, projectId);
        return Downloads.of(plans.mappingSheet(access, planId, LocaleContextHolder.getLocale()));
    }

    private String page(ProjectAccess access, long planId, Model model) {
        model.addAttribute("plan", plans.view(access, planId));
        if (!model.containsAttribute("fileDataset")) {
            model.addAttribute("fileDataset", FileDatasetForm.blank());
        }
        if (!model.containsAttribute("queryDataset")) {
            model.addAttribute("queryDataset", QueryDatasetForm.blank());
        }
        if (!model.containsAttribute("dictionary")) {
            model.addAttribute("dictionary", DictionaryForm.blank());
        }
        model.addAttribute("databases", databases.choices(access));
        return MigrationPages.page(model, access, projects, "migration/plans/plan");
    }

    private ProjectAccess staff(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MigrationPages.requireStaff(access);
        return access;
    }
}
