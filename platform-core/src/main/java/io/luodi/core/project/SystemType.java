package io.luodi.core.project;

/** The kind of system being rolled out. */
public enum SystemType {
    ERP, HIS, FINANCE, CRM, OTHER
}
