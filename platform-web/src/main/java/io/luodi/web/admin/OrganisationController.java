package io.luodi.web.admin;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations, for administrators (the security chain admits only them under /admin). */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationController {

    private static final String FORM = "admin/organisation-form";

    private final OrganisationManagement organisations;

    OrganisationController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "admin/organisations";
    }

    @GetMapping("/new")
    String showCreateForm(Model model) {
        model.addAttribute("organisation", new OrganisationDetails(null, null, OrganisationKind.CUSTOMER));
        return form(model, null);
    }

    @PostMapping("/new")
    String processCreateForm(@Valid @ModelAttribute("organisation") OrganisationDetails details,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                organisations.create(details);
                redirect.addFlashAttribute("message", "organisation.saved");
                return "redirect:/admin/organisations";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisation", new OrganisationDetails(organisation.getCode(), organisation.getName(),
                organisation.getKind()));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String processEditForm(@PathVariable long id, @Valid @ModelAttribute("organisation") OrganisationDetails details,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        organisations.get(id);
        if (!result.hasErrors()) {
            try {
                organisations.update(id, details.code(), details.name());
                redirect.addFlashAttribute("message", "organisation.saved");
                return "redirect:/admin/organisations";
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, id);
    }

    /** The form's choices; the form object itself is already in the model, with its binding errors if any. */
    private static String form(Model model, Long id) {
        model.addAttribute("organisationId", id);
        model.addAttribute("kinds", OrganisationKind.values());
        return FORM;
    }
}
