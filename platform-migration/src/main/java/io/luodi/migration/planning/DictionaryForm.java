package io.luodi.migration.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A dictionary of old → new codes.
 *
 * @param entries one {@code old=new} a line
 */
public record DictionaryForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}_.-]+") String name,
                             @NotBlank @Size(max = 100_000) String entries) {

    public static DictionaryForm blank() {
        return new DictionaryForm("", "");
    }
}
