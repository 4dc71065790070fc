package io.luodi.support.alert;

/**
 * A webhook body that is not the payload we document: unreadable JSON, or a field missing or of the wrong form.
 * The message code and field name are answered to the sender; the request changes nothing.
 */
public class MalformedAlertException extends RuntimeException {

    private final String messageCode;
    private final String field;

    MalformedAlertException(String messageCode, String field) {
        super(messageCode + (field == null ? "" : " (" + field + ")"));
        this.messageCode = messageCode;
        this.field = field;
    }

    /** A body that is empty or not JSON of the payload's shape. */
    public static MalformedAlertException unreadable() {
        return new MalformedAlertException("alerts.payload.unreadable", null);
    }

    static MalformedAlertException missing(String field) {
        return new MalformedAlertException("alerts.payload.missing", field);
    }

    static MalformedAlertException invalid(String field) {
        return new MalformedAlertException("alerts.payload.invalid", field);
    }

    public String messageCode() {
        return messageCode;
    }

    /** The offending field's path in the payload, e.g. {@code alerts[2].fingerprint}; {@code null} for the body. */
    public String field() {
        return field;
    }
}
