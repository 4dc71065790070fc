package io.luodi.requirements;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.project.SystemType;
import io.luodi.core.user.CurrentUser;
import io.luodi.core.user.Role;
import io.luodi.requirements.template.QuestionListFiles;
import io.luodi.requirements.template.QuestionListReader;
import io.luodi.requirements.template.SurveyTemplate;
import io.luodi.requirements.template.SurveyTemplateRepository;
import io.luodi.requirements.template.TemplateDraft;
import io.luodi.requirements.template.TemplateSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * The survey template library, shared by every project of the implementer. Implementer staff read it;
 * administrators and project managers add, copy, version and publish templates. Customers never see it.
 */
@Service
@Transactional(readOnly = true)
public class TemplateLibrary {

    private final SurveyTemplateRepository templates;
    private final AuditLog audit;

    TemplateLibrary(SurveyTemplateRepository templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    public List<TemplateSummary> summaries(CurrentUser reader) {
        requireReader(reader);
        return templates.summaries();
    }

    public TemplateDetail detail(CurrentUser reader, long id) {
        requireReader(reader);
        SurveyTemplate t = load(id);
        return new TemplateDetail(new TemplateSummary(t.getId(), t.getLineage(), t.getVersionNumber(), t.getName(),
                t.getSystemType(), t.getStatus(), t.getCreatedBy(), t.getCreatedAt(), t.questionCount()),
                t.getDescription(), t.content());
    }

    /** The template as an Excel question list, headed in the reader's language; recorded as an export. */
    public byte[] exportQuestionList(CurrentUser reader, long id, Locale locale) {
        requireReader(reader);
        SurveyTemplate template = load(id);
        byte[] workbook = QuestionListFiles.write(template, locale);
        audit.recordSecurityEvent(AuditAction.EXPORT, reader.username(), "survey-template", id, null,
                template.getName() + " v" + template.getVersionNumber() + " as question list");
        return workbook;
    }

    public List<TemplateSummary> versionsOf(CurrentUser reader, long id) {
        requireReader(reader);
        SurveyTemplate template = load(id);
        return templates.summaries().stream().filter(s -> s.lineage().equals(template.getLineage())).toList();
    }

    /** Adds a template from a question list's rows; a list with problems adds nothing. */
    @Transactional
    public long importQuestionList(CurrentUser editor, String name, SystemType systemType,
                                   List<List<String>> rows) {
        requireEditor(editor);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BusinessRuleException.onField("name", "template.name.invalid");
        }
        QuestionListReader.Result result = QuestionListReader.read(rows);
        if (!result.isValid()) {
            throw new QuestionListRejected(result.problems());
        }
        return add(editor, SurveyTemplate.create(name.trim(), null, systemType, result.draft(), editor.username()));
    }

    @Transactional
    public long copy(CurrentUser editor, long id, String newName) {
        requireEditor(editor);
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw BusinessRuleException.onField("name", "template.name.invalid");
        }
        return add(editor, load(id).copy(newName, editor.username()));
    }

    @Transactional
    public long newVersion(CurrentUser editor, long id) {
        requireEditor(editor);
        SurveyTemplate template = load(id);
        return add(editor, template.nextVersion(
                templates.latestVersionNumber(template.getLineage()) + 1, editor.username()));
    }

    /** Replaces a draft's questions with a question list's; a published version refuses. */
    @Transactional
    public void replaceQuestions(CurrentUser editor, long id, List<List<String>> rows) {
        requireEditor(editor);
        SurveyTemplate template = load(id);
        QuestionListReader.Result result = QuestionListReader.read(rows);
        if (!result.isValid()) {
            throw new QuestionListRejected(result.problems());
        }
        template.replaceContent(result.draft());
        audit.record(AuditAction.UPDATE, "survey-template", id, null, template.getName() + " questions replaced");
    }

    @Transactional
    public void publish(CurrentUser editor, long id) {
        requireEditor(editor);
        SurveyTemplate template = load(id);
        template.publish();
        audit.record(AuditAction.UPDATE, "survey-template", id, null,
                template.getName() + " v" + template.getVersionNumber() + " published");
    }

    /** Seeds the library: a published template, attributed to the system. */
    @Transactional
    public long seed(String name, String description, SystemType systemType, TemplateDraft content) {
        SurveyTemplate template = SurveyTemplate.create(name, description, systemType, content, "system");
        template.publish();
        return templates.save(template).getId();
    }

    public boolean isEmpty() {
        return templates.count() == 0;
    }

    public boolean canEdit(CurrentUser user) {
        return user.role() == Role.ADMIN || user.role() == Role.PM;
    }

    private long add(CurrentUser editor, SurveyTemplate template) {
        templates.save(template);
        audit.record(AuditAction.CREATE, "survey-template", template.getId(), null,
                template.getName() + " v" + template.getVersionNumber() + " by " + editor.username());
        return template.getId();
    }

    private SurveyTemplate load(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("template " + id));
    }

    /** The library is the implementer's; to a customer it does not exist. */
    private static void requireReader(CurrentUser user) {
        if (!user.role().isInternal()) {
            throw new NotFoundException("template library");
        }
    }

    private void requireEditor(CurrentUser user) {
        requireReader(user);
        if (!canEdit(user)) {
            throw new ForbiddenException("editing templates");
        }
    }
}
