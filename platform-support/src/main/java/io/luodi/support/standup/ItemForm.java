package io.luodi.support.standup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the meeting says about an agenda item, saved on its own as soon as a field is left.
 *
 * @param version the item's version the page was showing; a save on top of someone else's is refused
 */
public record ItemForm(@Size(max = 5000) String note, @Size(max = 100) String owner,
                       @Size(max = 2000) String nextStep, @NotNull Long version) {
}
