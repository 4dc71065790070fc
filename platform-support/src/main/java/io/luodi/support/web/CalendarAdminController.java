package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.support.sla.CalendarAdministration;
import io.luodi.support.sla.CalendarForm;
import io.luodi.support.sla.Calendars;
import io.luodi.support.sla.DayForm;
import io.luodi.support.sla.DayKind;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The business calendars SLA policies count working time in, kept by administrators: weekly hours, time zone and
 * dated days (public holidays, make-up working days).
 */
@Controller
@RequestMapping("/admin/calendars")
class CalendarAdminController {

    private static final String LIST = "support/calendars/list";
    private static final String EDIT = "support/calendars/edit";
    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private final Calendars calendars;
    private final CalendarAdministration administration;

    CalendarAdminController(Calendars calendars, CalendarAdministration administration) {
        this.calendars = calendars;
        this.administration = administration;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("calendar", new CalendarForm("", "Asia/Shanghai",
                Collections.nCopies(7, ""), null, 0));
        return list(model);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("calendar") CalendarForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        if (!result.hasErrors()) {
            try {
                long id = administration.create(form);
                redirect.addFlashAttribute("message", "calendar.created");
                return "redirect:/admin/calendars/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("calendar", administration.form(id));
        return edit(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, CurrentUser user, @Valid @ModelAttribute("calendar") CalendarForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        if (!result.hasErrors()) {
            try {
                administration.update(id, form);
                redirect.addFlashAttribute("message", "calendar.saved");
                return "redirect:/admin/calendars/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("calendar.stale");
            }
        }
        return edit(id, model);
    }

    @PostMapping("/{id}/days")
    String putDay(@PathVariable long id, CurrentUser user, @Valid @ModelAttribute("day") DayForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        requireAdmin(user);
        if (result.hasErrors()) {
            model.addAttribute("calendar", administration.form(id));
            return edit(id, model);
        }
        administration.putDay(id, form);
        redirect.addFlashAttribute("message", "calendar.day.saved");
        return "redirect:/admin/calendars/" + id + "#days";
    }

    @PostMapping("/{id}/days/remove")
    String removeDay(@PathVariable long id, CurrentUser user,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     RedirectAttributes redirect) {
        requireAdmin(user);
        Flash.attempt(redirect, "calendar.day.removed", () -> administration.removeDay(id, day));
        return "redirect:/admin/calendars/" + id + "#days";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        requireAdmin(user);
        try {
            administration.delete(id);
            redirect.addFlashAttribute("message", "calendar.deleted");
            return "redirect:/admin/calendars";
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/admin/calendars/" + id;
        }
    }

    private String list(Model model) {
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("zones", ZONES);
        return LIST;
    }

    private String edit(long id, Model model) {
        model.addAttribute("view", calendars.get(id));
        model.addAttribute("zones", ZONES);
        model.addAttribute("dayKinds", DayKind.values());
        if (!model.containsAttribute("day")) {
            model.addAttribute("day", new DayForm(null, DayKind.HOLIDAY, null));
        }
        return EDIT;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("business calendars");
        }
    }
}
