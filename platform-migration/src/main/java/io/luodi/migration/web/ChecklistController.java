package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.checklist.Checklists;
import io.luodi.migration.checklist.EvidenceFile;
import io.luodi.migration.checklist.ItemDetail;
import io.luodi.migration.checklist.ItemForm;
import io.luodi.migration.checklist.ItemStatus;
import io.luodi.migration.environment.EnvironmentManagement;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Readiness checklists: the standard items, applying them to an environment, and one item's page with its
 * evidence files, history and (for staff) the form that judges it.
 */
@Controller
class ChecklistController {

    private final Checklists checklists;
    private final EnvironmentManagement environments;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;

    ChecklistController(Checklists checklists, EnvironmentManagement environments, ProjectAccessPolicy accessPolicy,
                        ProjectManagement projects) {
        this.checklists = checklists;
        this.environments = environments;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping("/projects/{projectId}/environments/checklist-templates")
    String templates(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("templates", checklists.templates());
        return Pages.page(model, access, projects, "migration/checklist/templates");
    }

    @PostMapping("/projects/{projectId}/environments/{environmentId}/checklist/apply")
    String apply(@PathVariable long projectId, @PathVariable long environmentId, CurrentUser user,
                 RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        int added = checklists.apply(access, environmentId);
        redirect.addFlashAttribute("message", added > 0 ? "checklist.applied" : "checklist.applied.nothing");
        return Pages.redirectTo(projectId, environmentId) + "#checklist";
    }

    @GetMapping("/projects/{projectId}/environments/{environmentId}/checklist/{itemId}")
    String show(@PathVariable long projectId, @PathVariable long environmentId, @PathVariable long itemId,
                CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ItemDetail detail = checklists.item(access, environmentId, itemId);
        if (!model.containsAttribute("item")) {
            model.addAttribute("item", new ItemForm(detail.item().status(), detail.item().ownerUserId(),
                    detail.item().dueOn(), detail.item().evidenceNote(), detail.item().version()));
        }
        return page(model, access, environmentId, detail);
    }

    @PostMapping("/projects/{projectId}/environments/{environmentId}/checklist/{itemId}")
    String judge(@PathVariable long projectId, @PathVariable long environmentId, @PathVariable long itemId,
                 CurrentUser user, @Valid @ModelAttribute("item") ItemForm form, BindingResult result,
                 @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                 RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Pages.requireStaff(access);
        if (!result.hasErrors()) {
            try {
                checklists.judge(access, environmentId, itemId, form, evidence(file));
                redirect.addFlashAttribute("message", "checklist.item.saved");
                return Pages.redirectTo(projectId, environmentId) + "#checklist";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("environment.stale");
            }
        }
        return page(model, access, environmentId, checklists.item(access, environmentId, itemId));
    }

    /** Evidence always downloads, as the type its extension says, so nothing uploaded renders in the page. */
    @GetMapping("/projects/{projectId}/environments/{environmentId}/checklist/{itemId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long projectId, @PathVariable long environmentId,
                                @PathVariable long itemId, @PathVariable long fileId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        EvidenceFile file = checklists.attachment(access, environmentId, itemId, fileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private String page(Model model, ProjectAccess access, long environmentId, ItemDetail detail) {
        model.addAttribute("environment", environments.view(access, environmentId));
        model.addAttribute("detail", detail);
        model.addAttribute("statuses", ItemStatus.values());
        if (access.seesInternal()) {
            model.addAttribute("owners", checklists.owners(access));
        }
        return Pages.page(model, access, projects, "migration/checklist/item");
    }

    private static EvidenceFile evidence(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        try {
            return new EvidenceFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
