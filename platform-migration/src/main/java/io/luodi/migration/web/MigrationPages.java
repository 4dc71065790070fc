package io.luodi.migration.web;

import io.luodi.core.NotFoundException;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectManagement;
import org.springframework.ui.Model;

/** What every migration page does the same way: the project header's model, the staff-only rule, redirects. */
final class MigrationPages {

    private MigrationPages() {
    }

    static String page(Model model, ProjectAccess access, ProjectManagement projects, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }

    /** Plans, runs and rejects are the implementer's working material: for customers they do not exist. */
    static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new NotFoundException("migration pages of project " + access.projectId());
        }
    }

    static String plan(long projectId, long planId) {
        return "redirect:/projects/" + projectId + "/migration/plans/" + planId;
    }

    static String dataset(long projectId, long planId, long datasetId) {
        return plan(projectId, planId) + "/datasets/" + datasetId;
    }

    static String run(long projectId, long runId) {
        return "redirect:/projects/" + projectId + "/migration/runs/" + runId;
    }
}
