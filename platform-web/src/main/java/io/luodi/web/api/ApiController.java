package io.luodi.web.api;

import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Version 1 of the JSON API: the caller and the projects they may see, with the same access rules as the UI. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "projects")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class ApiController {

    private final ProjectManagement projects;
    private final ProjectAccessPolicy accessPolicy;
    private final OrganisationManagement organisations;

    ApiController(ProjectManagement projects, ProjectAccessPolicy accessPolicy,
                  OrganisationManagement organisations) {
        this.projects = projects;
        this.accessPolicy = accessPolicy;
        this.organisations = organisations;
    }

    @GetMapping("/me")
    @Operation(summary = "The user the token belongs to")
    ApiUser me(@Parameter(hidden = true) CurrentUser user) {
        return new ApiUser(user.id(), user.username(), user.displayName(), user.role(),
                organisations.get(user.organisationId()).getName());
    }

    @GetMapping("/projects")
    @Operation(summary = "Projects the caller may see")
    List<ApiProject> projects(@Parameter(hidden = true) CurrentUser user) {
        return projects.visibleTo(user).stream().map(ApiProject::of).toList();
    }

    @GetMapping("/projects/{projectId}")
    @Operation(summary = "One project with its phases")
    @ApiResponse(responseCode = "404", description = "No such project, or not one the caller may see")
    ApiProject project(@Parameter(hidden = true) CurrentUser user, @PathVariable long projectId) {
        return ApiProject.of(projects.overview(accessPolicy.require(user, projectId)));
    }
}
