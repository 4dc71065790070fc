package io.luodi.core.web;

import io.luodi.core.BusinessRuleException;
import org.springframework.validation.BindingResult;

/** Turns a refused request into an error on the form, next to the field it concerns. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessRuleException refusal) {
        if (refusal.field() != null && result.getFieldType(refusal.field()) != null) {
            result.rejectValue(refusal.field(), refusal.messageCode(), refusal.arguments(), refusal.messageCode());
        } else {
            result.reject(refusal.messageCode(), refusal.arguments(), refusal.messageCode());
        }
    }
}
