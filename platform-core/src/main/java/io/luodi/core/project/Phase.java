package io.luodi.core.project;

/** The six phases every implementation project goes through, in order. */
public enum Phase {
    REQUIREMENTS, ENVIRONMENT, DATA_MIGRATION, TRAINING, GO_LIVE_SUPPORT, OPTIMISATION;

    /** The phase's path segment in URLs, e.g. {@code data-migration}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<Phase> fromSlug(String slug) {
        for (Phase phase : values()) {
            if (phase.slug().equals(slug)) {
                return java.util.Optional.of(phase);
            }
        }
        return java.util.Optional.empty();
    }
}
