package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.requirements.scope.BaselineDetail;
import io.luodi.requirements.scope.BaselineStatus;
import io.luodi.requirements.scope.BaselineSummary;
import io.luodi.requirements.scope.ScopeManagement;
import io.luodi.requirements.scope.ScopeSection;
import io.luodi.requirements.scope.SignatureSide;
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

import java.util.List;

/**
 * A project's scope: the statement, putting it up for signature, signing and withdrawing baselines, comparing
 * two baselines and the Word document of the statement or of any baseline.
 */
@Controller
@RequestMapping("/projects/{projectId}/scope")
class ScopeController {

    private final ScopeManagement scope;
    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;

    ScopeController(ScopeManagement scope, ProjectManagement projects, ProjectAccessPolicy accessPolicy) {
        this.scope = scope;
        this.projects = projects;
        this.accessPolicy = accessPolicy;
    }

    @GetMapping
    String showScope(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        var view = scope.overview(access);
        projectPage(model, access);
        model.addAttribute("scope", view);
        model.addAttribute("canEdit", scope.canEditStatement(access));
        model.addAttribute("canFreeze", access.canManage() && !view.isSignedOff() && view.awaiting() == null);
        return "requirements/scope/statement";
    }

    @GetMapping("/edit")
    String showStatementForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        model.addAttribute("statement", StatementForm.of(scope.statement(access)));
        return statementForm(model, access);
    }

    @PostMapping("/edit")
    String processStatementForm(@PathVariable long projectId, CurrentUser user,
                                @Valid @ModelAttribute("statement") StatementForm form, BindingResult result,
                                Model model, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        if (!result.hasErrors()) {
            try {
                scope.saveStatement(access, form.sections(), form.version());
                redirect.addFlashAttribute("message", "scope.statement.saved");
                return "redirect:/projects/" + projectId + "/scope";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("scope.statement.stale");
            }
        }
        return statementForm(model, access);
    }

    @PostMapping("/baselines")
    String putUpForSignature(@PathVariable long projectId, CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        try {
            int number = scope.putUpForSignature(access);
            redirect.addFlashAttribute("message", "scope.baseline.created");
            return "redirect:/projects/" + projectId + "/scope/baselines/" + number;
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/projects/" + projectId + "/scope";
        }
    }

    @GetMapping("/baselines/{number}")
    String showBaseline(@PathVariable long projectId, @PathVariable int number, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        BaselineDetail baseline = scope.baseline(access, number);
        projectPage(model, access);
        model.addAttribute("baseline", baseline);
        model.addAttribute("baselines", scope.baselines(access));
        SignatureSide side = SignatureSide.of(access).orElse(null);
        model.addAttribute("side", side);
        model.addAttribute("canSign", side != null && baseline.summary().isAwaiting()
                && baseline.summary().signature(side) == null);
        return "requirements/scope/baseline";
    }

    @PostMapping("/baselines/{number}/sign")
    String sign(@PathVariable long projectId, @PathVariable int number, CurrentUser user,
                @RequestParam(defaultValue = "false") boolean confirm,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        try {
            if (!confirm) {
                throw BusinessRuleException.onField("confirm", "scope.sign.confirmRequired");
            }
            boolean signed = scope.sign(access, number, comment);
            redirect.addFlashAttribute("message", signed ? "scope.baseline.signedByBoth" : "scope.baseline.signed");
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/projects/" + projectId + "/scope/baselines/" + number;
    }

    @PostMapping("/baselines/{number}/withdraw")
    String withdraw(@PathVariable long projectId, @PathVariable int number, CurrentUser user,
                    RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.requireManager(user, projectId);
        Flash.attempt(redirect, "scope.baseline.withdrawn", () -> scope.withdraw(access, number));
        return "redirect:/projects/" + projectId + "/scope/baselines/" + number;
    }

    /** Without both numbers, compares the two latest baselines that are not withdrawn. */
    @GetMapping("/compare")
    String compare(@PathVariable long projectId, CurrentUser user, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        List<BaselineSummary> baselines = scope.baselines(access);
        projectPage(model, access);
        model.addAttribute("baselines", baselines);
        if (from == null || to == null) {
            List<BaselineSummary> current = baselines.stream()
                    .filter(b -> b.status() != BaselineStatus.WITHDRAWN).toList();
            if (current.size() >= 2) {
                from = current.get(1).number();
                to = current.get(0).number();
            }
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null) {
            model.addAttribute("comparison", scope.compare(access, from, to));
        }
        return "requirements/scope/compare";
    }

    @GetMapping("/export.docx")
    ResponseEntity<byte[]> exportDraft(@PathVariable long projectId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        return Downloads.of(scope.exportDraft(access, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/baselines/{number}/export.docx")
    ResponseEntity<byte[]> exportBaseline(@PathVariable long projectId, @PathVariable int number,
                                          CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ExportedFile file = scope.exportBaseline(access, number, LocaleContextHolder.getLocale());
        return Downloads.of(file);
    }

    private String statementForm(Model model, ProjectAccess access) {
        projectPage(model, access);
        return "requirements/scope/edit";
    }

    private void projectPage(Model model, ProjectAccess access) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        model.addAttribute("sections", ScopeSection.values());
    }
}
