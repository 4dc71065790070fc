package io.luodi.core;

import java.util.Arrays;

/**
 * A request the domain refuses (an illegal transition, a duplicate code). Carries a message-bundle code so the
 * web layer can show it in the user's language, next to the field it concerns when there is one.
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageCode, Object... arguments) {
        this(null, messageCode, arguments);
    }

    private BusinessRuleException(String field, String messageCode, Object... arguments) {
        super(messageCode + Arrays.toString(arguments));
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public static BusinessRuleException onField(String field, String messageCode, Object... arguments) {
        return new BusinessRuleException(field, messageCode, arguments);
    }

    /** The form field the rule concerns, or {@code null} for the form as a whole. */
    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
