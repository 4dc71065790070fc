package io.luodi.web.home;

import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;

/** The home dashboard: the projects the signed-in user may see. */
@Controller
class HomeController {

    private final ProjectManagement projects;
    private final Clock clock;

    HomeController(ProjectManagement projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("projects", projects.visibleTo(user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canCreateProjects", user.role() == Role.ADMIN || user.role() == Role.PM);
        return "home";
    }
}
