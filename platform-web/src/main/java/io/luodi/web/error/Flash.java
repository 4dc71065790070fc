package io.luodi.web.error;

import io.luodi.core.BusinessRuleException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a button's change and leaves the outcome as a flash message for the page redirected to. */
public final class Flash {

    private Flash() {
    }

    public static void attempt(RedirectAttributes redirect, String doneMessage, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", doneMessage);
        } catch (BusinessRuleException refusal) {
            redirect.addFlashAttribute("error", refusal.messageCode());
        }
    }
}
