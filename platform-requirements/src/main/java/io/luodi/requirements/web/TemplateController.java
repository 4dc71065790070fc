package io.luodi.requirements.web;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.export.ExportedFile;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.web.Downloads;
import io.luodi.core.web.Flash;
import io.luodi.requirements.QuestionListRejected;
import io.luodi.requirements.TemplateDetail;
import io.luodi.requirements.TemplateLibrary;
import io.luodi.requirements.template.QuestionListFiles;
import io.luodi.requirements.template.QuestionType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The survey template library: browse, import a question list, export, copy, version and publish. */
@Controller
@RequestMapping("/templates")
class TemplateController {

    /** A question list of a few hundred questions is tens of kilobytes; anything near this is not one. */
    private static final long MAX_QUESTION_LIST_BYTES = 5L << 20;

    private final TemplateLibrary library;
    private final MessageSource messages;

    TemplateController(TemplateLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("templates", library.summaries(user));
        model.addAttribute("canEdit", library.canEdit(user));
        model.addAttribute("systemTypes", SystemType.values());
        return "requirements/templates/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        TemplateDetail detail = library.detail(user, id);
        model.addAttribute("template", detail);
        model.addAttribute("versions", library.versionsOf(user, id));
        model.addAttribute("canEdit", library.canEdit(user));
        model.addAttribute("questionTypes", QuestionType.values());
        return "requirements/templates/detail";
    }

    @PostMapping("/import")
    String importQuestionList(CurrentUser user, @RequestParam String name,
                              @RequestParam(required = false) SystemType systemType,
                              @RequestParam MultipartFile file, RedirectAttributes redirect) {
        try {
            long id = library.importQuestionList(user, name, systemType, rows(file));
            redirect.addFlashAttribute("message", "template.imported");
            return "redirect:/templates/" + id;
        } catch (QuestionListRejected rejected) {
            redirect.addFlashAttribute("problems", describe(rejected));
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/templates";
    }

    @PostMapping("/{id}/questions")
    String replaceQuestions(@PathVariable long id, CurrentUser user, @RequestParam MultipartFile file,
                            RedirectAttributes redirect) {
        try {
            library.replaceQuestions(user, id, rows(file));
            redirect.addFlashAttribute("message", "template.questions.replaced");
        } catch (QuestionListRejected rejected) {
            redirect.addFlashAttribute("problems", describe(rejected));
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/templates/" + id;
    }

    @GetMapping("/{id}/question-list.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, CurrentUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        TemplateDetail detail = library.detail(user, id);
        byte[] workbook = library.exportQuestionList(user, id, locale);
        return Downloads.of(ExportedFile.xlsx(
                detail.summary().name() + " v" + detail.summary().versionNumber(), workbook));
    }

    @PostMapping("/{id}/copy")
    String copy(@PathVariable long id, CurrentUser user, @RequestParam String name, RedirectAttributes redirect) {
        try {
            long copy = library.copy(user, id, name);
            redirect.addFlashAttribute("message", "template.copied");
            return "redirect:/templates/" + copy;
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/templates/" + id;
        }
    }

    @PostMapping("/{id}/versions")
    String newVersion(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long version = library.newVersion(user, id);
        redirect.addFlashAttribute("message", "template.versioned");
        return "redirect:/templates/" + version;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            library.publish(user, id);
            redirect.addFlashAttribute("message", "template.published");
        } catch (BusinessRuleException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:/templates/" + id;
    }

    /** Excel workbooks and UTF-8 tab-separated text are read; anything else is refused by name. */
    private static List<List<String>> rows(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (file.isEmpty()) {
            throw BusinessRuleException.onField("file", "template.file.empty");
        }
        if (file.getSize() > MAX_QUESTION_LIST_BYTES) {
            throw BusinessRuleException.onField("file", "template.file.too.large", MAX_QUESTION_LIST_BYTES >> 20);
        }
        try {
            if (name.endsWith(".xlsx")) {
                return QuestionListFiles.readWorkbook(file.getInputStream());
            }
            if (name.endsWith(".tsv") || name.endsWith(".txt")) {
                return QuestionListFiles.readTabSeparated(file.getBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw BusinessRuleException.onField("file", "template.file.type");
    }

    private List<String> describe(QuestionListRejected rejected) {
        Locale locale = LocaleContextHolder.getLocale();
        return rejected.problems().stream()
                .map(p -> messages.getMessage("template.problem.line", new Object[]{p.line(),
                        messages.getMessage(p.messageCode(), p.arguments(), locale)}, locale))
                .toList();
    }
}
