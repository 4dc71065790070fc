package io.luodi.core.audit;

public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED, EXPORT, CREATE, UPDATE, DELETE
}
