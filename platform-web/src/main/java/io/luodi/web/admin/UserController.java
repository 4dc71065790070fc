package io.luodi.web.admin;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserAccount;
import io.luodi.core.user.UserChanges;
import io.luodi.core.user.UserManagement;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import jakarta.validation.Valid;
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

import java.util.function.Function;
import java.util.stream.Collectors;

/** Users, for administrators: create, change role or organisation, disable, reset a password. */
@Controller
@RequestMapping("/admin/users")
class UserController {

    private final UserManagement users;
    private final OrganisationManagement organisations;

    UserController(UserManagement users, OrganisationManagement organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("organisations", organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity())));
        return "admin/users";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("user", new NewUser(null, null, null, Role.CONSULTANT, null, null));
        return choices(model, "admin/user-new");
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("user") NewUser user, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.create(user);
                redirect.addFlashAttribute("message", "user.created");
                return "redirect:/admin/users";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return choices(model, "admin/user-new");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("user", new UserChanges(account.getDisplayName(), account.getEmail(), account.getRole(),
                account.getOrganisationId(), account.isEnabled()));
        return editForm(model, account);
    }

    @PostMapping("/{id}/edit")
    String processEditForm(@PathVariable long id, @Valid @ModelAttribute("user") UserChanges changes,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.update(id, changes);
                redirect.addFlashAttribute("message", "user.saved");
                return "redirect:/admin/users";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return editForm(model, account);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String temporaryPassword,
                         RedirectAttributes redirect) {
        users.get(id);
        Flash.attempt(redirect, "user.password.reset", () -> users.resetPassword(id, temporaryPassword));
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String editForm(Model model, UserAccount account) {
        model.addAttribute("account", account);
        return choices(model, "admin/user-edit");
    }

    private String choices(Model model, String view) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisationChoices", organisations.all());
        return view;
    }
}
