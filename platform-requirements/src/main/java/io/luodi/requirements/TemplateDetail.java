package io.luodi.requirements;

import io.luodi.requirements.template.TemplateDraft;
import io.luodi.requirements.template.TemplateSummary;

/** A template version with its sections and questions, read in one transaction for its page. */
public record TemplateDetail(TemplateSummary summary, String description, TemplateDraft content) {
}
