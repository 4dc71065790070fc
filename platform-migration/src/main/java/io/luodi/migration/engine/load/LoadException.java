package io.luodi.migration.engine.load;

import io.luodi.core.BusinessRuleException;

/**
 * Why a load cannot start or did not finish, as a message-bundle key ({@code migration.load.*}) and its arguments,
 * so the web application and the command line can both say it in the user's language.
 */
public class LoadException extends BusinessRuleException {

    public LoadException(String messageCode, Object... arguments) {
        super(messageCode, arguments);
    }

    public LoadException(Throwable cause, String messageCode, Object... arguments) {
        super(messageCode, arguments);
        initCause(cause);
    }
}
