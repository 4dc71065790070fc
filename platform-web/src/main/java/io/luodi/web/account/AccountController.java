package io.luodi.web.account;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.token.ApiTokenManagement;
import io.luodi.core.token.IssuedToken;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.UserManagement;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.web.security.PasswordChangeInterceptor;
import io.luodi.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: profile, password and personal API tokens. */
@Controller
class AccountController {

    private final UserManagement users;
    private final OrganisationManagement organisations;
    private final ApiTokenManagement tokens;
    private final SignedInUser signedInUser;

    AccountController(UserManagement users, OrganisationManagement organisations, ApiTokenManagement tokens,
                      SignedInUser signedInUser) {
        this.users = users;
        this.organisations = organisations;
        this.tokens = tokens;
        this.signedInUser = signedInUser;
    }

    @GetMapping("/account")
    String showAccount(CurrentUser user, Model model) {
        model.addAttribute("account", users.get(user.id()));
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("tokens", tokens.tokensOf(user.id()));
        return "account/account";
    }

    @GetMapping(PasswordChangeInterceptor.CHANGE_PASSWORD_PATH)
    String showPasswordForm(Model model) {
        model.addAttribute("change", new PasswordChange(null, null, null));
        return "account/password";
    }

    @PostMapping(PasswordChangeInterceptor.CHANGE_PASSWORD_PATH)
    String processPasswordForm(CurrentUser user, @Valid @ModelAttribute("change") PasswordChange change,
                               BindingResult result, HttpServletRequest request, HttpServletResponse response,
                               RedirectAttributes redirect) {
        if (!result.hasErrors() && !change.newPassword().equals(change.confirmation())) {
            result.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            users.changeOwnPassword(user.id(), change.currentPassword(), change.newPassword());
        } catch (BusinessRuleException refusal) {
            FormErrors.reject(result, refusal);
            return "account/password";
        }
        signedInUser.refresh(request, response);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(CurrentUser user, @RequestParam String name, RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(user.id(), name);
            redirect.addFlashAttribute("issuedToken", issued);
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(CurrentUser user, @PathVariable long tokenId, RedirectAttributes redirect) {
        tokens.revoke(user.id(), tokenId);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/account";
    }
}
