/**
 * Phases 2-3, environments and data migration. Built so far: each project's environments with their servers,
 * databases, middleware, cloud resources and network rules; readiness checklists from seeded templates; probes
 * the platform runs against the target systems (JDBC, TCP, HTTP(S)) whose results are kept as evidence; the
 * Ansible inventory and checklist exports. Data migration: versioned plans with their datasets, uploaded source
 * files, mapping and dictionaries ({@code planning}); runs in the background with progress, rejected rows,
 * reconciliation, spot checks and sign-off ({@code runs}); all on the Spring-free {@code engine} the command line
 * runs too.
 */
package io.luodi.migration;
