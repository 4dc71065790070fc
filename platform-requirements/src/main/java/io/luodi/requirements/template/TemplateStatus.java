package io.luodi.requirements.template;

/** A draft may still change; a published version never does (surveys run on it). */
public enum TemplateStatus {
    DRAFT, PUBLISHED
}
