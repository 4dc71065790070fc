package io.luodi.support.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.CoreProperties;
import io.luodi.core.ForbiddenException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.ProjectAccess;
import io.luodi.core.project.ProjectAccessPolicy;
import io.luodi.core.project.ProjectManagement;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.core.web.FormErrors;
import io.luodi.core.web.ReaderTimeZone;
import io.luodi.support.satisfaction.NpsSurvey;
import io.luodi.support.satisfaction.TicketRatings;
import io.luodi.support.ticket.Severity;
import io.luodi.support.ticket.TicketExports;
import io.luodi.support.ticket.TicketFilters;
import io.luodi.support.ticket.TicketForm;
import io.luodi.support.ticket.TicketManagement;
import io.luodi.support.ticket.TicketQueries;
import io.luodi.support.ticket.TicketQuery;
import io.luodi.support.ticket.TicketStatus;
import io.luodi.support.ticket.TicketType;
import io.luodi.support.ticket.TicketView;
import io.luodi.support.ticket.Upload;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A project's tickets: the list with its saved views and filters, raising and editing a ticket, its workflow,
 * replies and internal notes, attachments, watchers, links, and the list as Excel. Customers use the same pages and
 * see only what is theirs to see.
 */
@Controller
@RequestMapping("/projects/{projectId}/tickets")
class TicketController {

    private final TicketManagement tickets;
    private final TicketQueries queries;
    private final TicketFilters filters;
    private final TicketExports exports;
    private final ProjectAccessPolicy accessPolicy;
    private final ProjectManagement projects;
    private final CoreProperties core;
    private final TicketRatings ratings;
    private final NpsSurvey nps;

    TicketController(TicketManagement tickets, TicketQueries queries, TicketFilters filters, TicketExports exports,
                     ProjectAccessPolicy accessPolicy, ProjectManagement projects, CoreProperties core,
                     TicketRatings ratings, NpsSurvey nps) {
        this.core = core;
        this.ratings = ratings;
        this.nps = nps;
        this.tickets = tickets;
        this.queries = queries;
        this.filters = filters;
        this.exports = exports;
        this.accessPolicy = accessPolicy;
        this.projects = projects;
    }

    @GetMapping
    String list(@PathVariable long projectId, CurrentUser user, @ModelAttribute("query") TicketQuery query,
                Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("tickets", queries.list(access, query));
        model.addAttribute("views", TicketQuery.View.values());
        model.addAttribute("savedFilters", filters.of(access));
        model.addAttribute("npsInvitation", nps.invitation(access).orElse(null));
        addChoices(model);
        return page(model, access, "support/tickets/list");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long projectId, CurrentUser user,
                                  @ModelAttribute("query") TicketQuery query) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        ExportedFile file = exports.list(access, query, LocaleContextHolder.getLocale(),
                ReaderTimeZone.current(core.timeZone()));
        return Downloads.of(file);
    }

    @PostMapping("/filters")
    String saveFilter(@PathVariable long projectId, CurrentUser user, @RequestParam String name,
                      @RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        Flash.attempt(redirect, "ticket.filter.saved.done", () -> filters.save(access, name, query));
        return "redirect:/projects/" + projectId + "/tickets" + (query.isBlank() ? "" : "?" + query);
    }

    @PostMapping("/filters/{filterId}/delete")
    String deleteFilter(@PathVariable long projectId, @PathVariable long filterId, CurrentUser user,
                        RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        filters.delete(access, filterId);
        redirect.addFlashAttribute("message", "ticket.filter.deleted");
        return "redirect:/projects/" + projectId + "/tickets";
    }

    @GetMapping("/new")
    String showCreateForm(@PathVariable long projectId, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        model.addAttribute("ticket", TicketForm.blank());
        return form(model, access, null);
    }

    @PostMapping
    String processCreateForm(@PathVariable long projectId, CurrentUser user,
                             @Valid @ModelAttribute("ticket") TicketForm form, BindingResult result,
                             @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                             RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        if (!result.hasErrors()) {
            try {
                long id = tickets.open(access, form, uploads(files));
                redirect.addFlashAttribute("message", "ticket.created");
                return "redirect:/projects/" + projectId + "/tickets/" + id;
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return form(model, access, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        TicketView ticket = tickets.view(access, id);
        model.addAttribute("ticket", ticket);
        model.addAttribute("rating", ratings.panel(access, ticket));
        model.addAttribute("nextStatuses", access.seesInternal() ? ticket.status().next() : List.of());
        if (access.seesInternal()) {
            model.addAttribute("members", tickets.assignees(access));
        }
        return page(model, access, "support/tickets/detail");
    }

    @GetMapping("/{id}/edit")
    String showEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user, Model model) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireStaff(access);
        TicketView ticket = tickets.view(access, id);
        model.addAttribute("ticket", new TicketForm(ticket.title(), ticket.description(), ticket.type(),
                ticket.severity(), ticket.module(), ticket.environment(), ticket.assigneeId(), ticket.reporterId(),
                ticket.rootCause(), ticket.version()));
        return form(model, access, id);
    }

    @PostMapping("/{id}")
    String processEditForm(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                           @Valid @ModelAttribute("ticket") TicketForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        requireStaff(access);
        if (!result.hasErrors()) {
            try {
                tickets.update(access, id, form);
                redirect.addFlashAttribute("message", "ticket.saved");
                return redirectTo(projectId, id);
            } catch (BusinessRuleException refusal) {
                FormErrors.reject(result, refusal);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("ticket.stale");
            }
        }
        return form(model, access, id);
    }

    @PostMapping("/{id}/status")
    String move(@PathVariable long projectId, @PathVariable long id, CurrentUser user, @RequestParam TicketStatus to,
                @RequestParam long version, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.moved", () -> tickets.move(access, id, to, version));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.reopened", () -> tickets.reopen(access, id, reason));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/replies")
    String reply(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                 @RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean internal,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, internal ? "ticket.noted" : "ticket.replied",
                () -> tickets.reply(access, id, body, internal, uploads(files)));
        return redirectTo(projectId, id) + "#conversation";
    }

    @PostMapping("/{id}/watch")
    String watch(@PathVariable long projectId, @PathVariable long id, CurrentUser user, @RequestParam boolean on,
                 RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        tickets.watch(access, id, on);
        redirect.addFlashAttribute("message", on ? "ticket.watching" : "ticket.unwatched");
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/watchers")
    String addWatcher(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                      @RequestParam long userId, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.watcher.added", () -> tickets.addWatcher(access, id, userId));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/links")
    String link(@PathVariable long projectId, @PathVariable long id, CurrentUser user, @RequestParam String key,
                RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.linked", () -> tickets.link(access, id, key));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/links/{otherId}/delete")
    String unlink(@PathVariable long projectId, @PathVariable long id, @PathVariable long otherId, CurrentUser user,
                  RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.unlinked", () -> tickets.unlink(access, id, otherId));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/articles")
    String addArticle(@PathVariable long projectId, @PathVariable long id, CurrentUser user,
                      @RequestParam String title, @RequestParam String url, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.article.added", () -> tickets.addArticle(access, id, title, url));
        return redirectTo(projectId, id);
    }

    @PostMapping("/{id}/articles/{articleId}/delete")
    String removeArticle(@PathVariable long projectId, @PathVariable long id, @PathVariable long articleId,
                         CurrentUser user, RedirectAttributes redirect) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        attempt(redirect, "ticket.article.removed", () -> tickets.removeArticle(access, id, articleId));
        return redirectTo(projectId, id);
    }

    /** Attachments always download, as the type their extension says, so nothing uploaded renders in the page. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long projectId, @PathVariable long id,
                                      @PathVariable long attachmentId, CurrentUser user) {
        ProjectAccess access = accessPolicy.require(user, projectId);
        TicketManagement.AttachmentFile file = tickets.attachment(access, id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private void attempt(RedirectAttributes redirect, String doneMessage, Runnable change) {
        try {
            Flash.attempt(redirect, doneMessage, change);
        } catch (OptimisticLockingFailureException raced) {
            Flash.refused(redirect, new BusinessRuleException("ticket.stale"));
        }
    }

    private String form(Model model, ProjectAccess access, Long id) {
        model.addAttribute("ticketId", id);
        addChoices(model);
        if (access.seesInternal()) {
            model.addAttribute("members", tickets.assignees(access));
            model.addAttribute("customerUsers", tickets.customerUsers(access));
        }
        return page(model, access, "support/tickets/form");
    }

    private static void addChoices(Model model) {
        model.addAttribute("severities", Severity.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("statuses", TicketStatus.values());
    }

    private String page(Model model, ProjectAccess access, String view) {
        model.addAttribute("access", access);
        model.addAttribute("overview", projects.overview(access));
        return view;
    }

    private static String redirectTo(long projectId, long id) {
        return "redirect:/projects/" + projectId + "/tickets/" + id;
    }

    private static void requireStaff(ProjectAccess access) {
        if (!access.seesInternal()) {
            throw new ForbiddenException("editing tickets of project " + access.projectId());
        }
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null
                        && !f.getOriginalFilename().isBlank()))
                .map(f -> {
                    try {
                        return new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
    }
}
