package io.luodi.core.web;

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
            refused(redirect, refusal);
        }
    }

    /** Leaves a refusal's message, with its arguments, for the page redirected to. */
    public static void refused(RedirectAttributes redirect, BusinessRuleException refusal) {
        redirect.addFlashAttribute("error", refusal.messageCode());
        redirect.addFlashAttribute("errorArguments", refusal.arguments());
    }
}
