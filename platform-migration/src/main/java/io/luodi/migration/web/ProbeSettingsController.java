package io.luodi.migration.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.FormErrors;
import io.luodi.migration.probe.AddressPolicy;
import io.luodi.migration.probe.ProbeSettingsForm;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The address ranges probes may and may not reach, kept by administrators. */
@Controller
@RequestMapping("/admin/probe-settings")
class ProbeSettingsController {

    private static final String PAGE = "migration/settings/probes";

    private final AddressPolicy policy;

    ProbeSettingsController(AddressPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    String show(CurrentUser user, Model model) {
        model.addAttribute("settings", policy.form(user));
        return PAGE;
    }

    @PostMapping
    String update(CurrentUser user, @Valid @ModelAttribute("settings") ProbeSettingsForm form, BindingResult result,
                  RedirectAttributes redirect) {
        policy.form(user);
        if (!result.hasErrors()) {
            try {
                policy.update(user, form);
                redirect.addFlashAttribute("message", "probe.settings.saved");
                return "redirect:/admin/probe-settings";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("environment.stale");
            }
        }
        return PAGE;
    }
}
