package io.luodi.support.standup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A free-text section as saved from the page, with the version it was edited from. */
public record SectionForm(@Size(max = 20_000) String text, @NotNull Long version) {
}
