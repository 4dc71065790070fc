package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.engine.load.TargetTable;
import io.luodi.migration.engine.plan.Cleaning;
import io.luodi.migration.engine.plan.DatasetPlan;
import io.luodi.migration.engine.plan.FieldMapping;
import io.luodi.migration.engine.plan.RunMode;
import io.luodi.migration.engine.plan.SourceSpec;
import io.luodi.migration.engine.source.DetectedSource;
import io.luodi.migration.engine.source.SourceFiles;
import io.luodi.migration.planning.DatasetView;
import io.luodi.migration.planning.MappingForm;
import io.luodi.migration.planning.MigrationDatabases;
import io.luodi.migration.planning.MigrationPlans;
import io.luodi.migration.planning.PlanView;
import io.luodi.migration.planning.SourceDetection;
import io.luodi.migration.planning.SourceForm;
import io.luodi.migration.planning.StepTexts;
import io.luodi.migration.planning.TargetForm;
import io.luodi.migration.runs.MigrationRuns;
import io.luodi.migration.runs.RunForm;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's page for the implementer's staff: what detection found in its file (with overrides), its target
 * table as the database describes it, the mapping table, starting runs and the latest ones, and the sign-off.
 * Every save of the source, target or mapping makes a new plan version.
 */
@Controller
@RequestMapping("/projects/{projectId}/migration/plans/{planId}/datasets/{datasetId}")
class DatasetController {

    private final MigrationPlans plans;
    private final SourceDetection detection;
    private final MigrationDatabases databases;
    private final MigrationRuns runs;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    DatasetController(MigrationPlans plans, SourceDetection detection, MigrationDatabases databases,
                      MigrationRuns runs, ProjectAccessPolicy accessPolicy, ProjectManagement projects) {
        this.plans = plans;
        this.detection = detection;
        this.databases = databases;
        this.runs = runs;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String show(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                CurrentUser user, Model model) {
        return page(staff(user, projectId), planId, datasetId, model);
    }

    @PostMapping("/source")
    String processSourceForm(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                             CurrentUser user, @Valid @ModelAttribute("sourceForm") SourceForm form,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        return save(access, planId, datasetId, result, model, redirect, "#source",
                () -> plans.applySource(access, planId, datasetId, form));
    }

    @PostMapping("/file")
    String replaceFile(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                       CurrentUser user, @RequestParam(required = false) MultipartFile file,
                       RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        if (file == null || file.isEmpty()) {
            Flash.refused(redirect, new BusinessRuleException("migration.file.required"));
        } else {
            Flash.attempt(redirect, "migration.dataset.fileReplaced",
                    () -> plans.replaceFile(access, planId, datasetId, file));
        }
        return MigrationPages.dataset(projectId, planId, datasetId) + "#source";
    }

    @PostMapping("/target")
    String processTargetForm(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                             CurrentUser user, @Valid @ModelAttribute("targetForm") TargetForm form,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        return save(access, planId, datasetId, result, model, redirect, "#target", () -> {
            TargetTable table;
            try {
                table = databases.describe(access, form.targetComponent(), form.table());
            } catch (BusinessRuleException refusal) {
                throw BusinessRuleException.onField("table", refusal.messageCode(), refusal.arguments());
            }
            return plans.applyTarget(access, planId, datasetId, form, table);
        });
    }

    @PostMapping("/mapping")
    String processMappingForm(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                              CurrentUser user, @Valid @ModelAttribute("mapping") MappingForm form,
                              BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        return save(access, planId, datasetId, result, model, redirect, "#mapping",
                () -> plans.applyMapping(access, planId, datasetId, form));
    }

    @PostMapping("/runs")
    String startRun(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                    CurrentUser user, @Valid @ModelAttribute("runForm") RunForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        if (!result.hasErrors()) {
            try {
                long runId = runs.start(access, planId, datasetId, form);
                redirect.addFlashAttribute("message", "migration.run.started");
                return MigrationPages.run(projectId, runId);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return page(access, planId, datasetId, model);
    }

    @PostMapping("/sign-off")
    String signOff(@PathVariable long projectId, @PathVariable long planId, @PathVariable long datasetId,
                   CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = staff(user, projectId);
        Flash.attempt(redirect, "migration.signOff.done", () -> runs.signOff(access, planId, datasetId));
        return MigrationPages.dataset(projectId, planId, datasetId) + "#sign-off";
    }

    private String save(ProjectAccess access, long planId, long datasetId, BindingResult result, Model model,
                        RedirectAttributes redirect, String anchor, java.util.function.IntSupplier change) {
        if (!result.hasErrors()) {
            try {
                int version = change.getAsInt();
                redirect.addFlashAttribute("message", "migration.plan.saved");
                redirect.addFlashAttribute("savedVersion", version);
                return MigrationPages.dataset(access.projectId(), planId, datasetId) + anchor;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("migration.plan.stale");
            }
        }
        return page(access, planId, datasetId, model);
    }

    private String page(ProjectAccess access, long planId, long datasetId, Model model) {
        PlanView plan = plans.view(access, planId);
        DatasetView dataset = plans.dataset(access, planId, datasetId);
        DatasetPlan datasetPlan = plan.datasetPlan(dataset.name()).orElseThrow(
                () -> new io.luodi.core.NotFoundException("dataset " + datasetId + " in the current version"));
        model.addAttribute("plan", plan);
        model.addAttribute("dataset", dataset);
        model.addAttribute("datasetPlan", datasetPlan);
        SourceSpec source = datasetPlan.source();
        List<String> header = List.of();
        if (!source.isQuery() && dataset.hasFile()) {
            try {
                DetectedSource detected = detection.detect(access, planId, datasetId, source);
                model.addAttribute("detected", detected);
                header = detected.header();
            } catch (BusinessRuleException refusal) {
                model.addAttribute("detectionError", refusal);
            }
        }
        model.addAttribute("header", header);
        model.addAttribute("encodings", SourceFiles.ENCODINGS);
        if (!model.containsAttribute("sourceForm")) {
            model.addAttribute("sourceForm", new SourceForm(plan.currentVersion(), source.encoding(),
                    source.delimiter() == null ? null : source.delimiter() == '\t' ? "TAB"
                            : String.valueOf(source.delimiter()), source.headerRow()));
        }
        model.addAttribute("databases", databases.choices(access));
        Cleaning cleaning = datasetPlan.cleaning() == null ? Cleaning.standard() : datasetPlan.cleaning();
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new TargetForm(plan.currentVersion(),
                    componentOrNull(datasetPlan.target().database()),
                    datasetPlan.target().table(), String.join(", ", datasetPlan.target().key()),
                    datasetPlan.critical(), datasetPlan.spotChecks(), String.join(", ", datasetPlan.reconcileSums()),
                    datasetPlan.watermark(), cleaning.trim(), cleaning.stripControl(), cleaning.fullWidthToHalf(),
                    cleaning.dedupe() == null ? "" : cleaning.dedupe().name()));
        }
        TargetTable table = null;
        if (datasetPlan.target().table() != null && datasetPlan.target().database() != null) {
            try {
                table = databases.describe(access, MigrationDatabases.componentId(datasetPlan.target().database()),
                        datasetPlan.target().table());
                model.addAttribute("table", table);
            } catch (BusinessRuleException refusal) {
                model.addAttribute("tableError", refusal);
            }
        }
        if (!model.containsAttribute("mapping")) {
            model.addAttribute("mapping", mapping(plan.currentVersion(), datasetPlan, table, header));
        }
        if (!model.containsAttribute("runForm")) {
            model.addAttribute("runForm", new RunForm(RunMode.SAMPLE, 100, false));
        }
        model.addAttribute("modes", RunMode.values());
        model.addAttribute("runs", runs.recent(access, planId, datasetId));
        return MigrationPages.page(model, access, projects, "migration/plans/dataset");
    }

    /** One row per target column in table order, filled from the current mapping; mapped columns the table lacks last. */
    private static MappingForm mapping(int version, DatasetPlan dataset, TargetTable table, List<String> header) {
        Map<String, FieldMapping> fields = new LinkedHashMap<>();
        dataset.fields().forEach(f -> fields.put(f.target(), f));
        List<String> targets = new ArrayList<>();
        if (table != null) {
            table.columns().forEach(c -> targets.add(c.name()));
        }
        fields.keySet().stream().filter(t -> !targets.contains(t)).forEach(targets::add);
        List<MappingForm.Row> rows = new ArrayList<>();
        for (String target : targets) {
            FieldMapping field = fields.get(target);
            if (field == null) {
                rows.add(new MappingForm.Row(target, List.of(), null, null, false, null, null, null));
                continue;
            }
            List<String> picked = field.sources().stream().filter(header::contains).toList();
            List<String> typed = field.sources().stream().filter(s -> !header.contains(s)).toList();
            rows.add(new MappingForm.Row(target, picked, typed.isEmpty() ? null : String.join(", ", typed),
                    field.constant(), field.required(), field.maxLength(), StepTexts.transforms(field),
                    StepTexts.validations(field)));
        }
        return new MappingForm(version, rows);
    }

    private static Long componentOrNull(String database) {
        try {
            return database == null ? null : Long.valueOf(database.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ProjectAccess staff(CurrentUser user, long projectId) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        MigrationPages.requireStaff(access);
        return access;
    }
}
