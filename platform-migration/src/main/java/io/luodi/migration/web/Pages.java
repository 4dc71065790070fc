package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.web.Flash;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every environment page does the same way: the project header's model, staff checks, redirects. */
final class Pages {

    private Pages() {
    }

    static String page(Model model, ProjectAccess access, ProjectManagement projects, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }

    static String redirectTo(long projectId, long environmentId) {
        return "redirect:/projects/" + projectId + "/environments/" + environmentId;
    }

    static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("changing environments of project " + access.projectId());
        }
    }

    /** A button's change with its outcome as a flash message; a change raced by another is said to be stale. */
    static void attempt(RedirectAttributes redirect, String doneMessage, Runnable change) {
        try {
            Flash.attempt(redirect, doneMessage, change);
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("environment.stale"));
        }
    }
}
