package io.luodi.migration.planning;

import jakarta.validation.constraints.Size;

/** A whole plan as YAML, edited in the page, with a note for the version it makes. */
public record YamlForm(@Size(max = 1_000_000) String yaml, @Size(max = 500) String note) {
}
