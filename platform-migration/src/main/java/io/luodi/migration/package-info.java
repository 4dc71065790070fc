/**
 * Phases 2-3, environments and data migration. Built so far: each project's environments with their servers,
 * databases, middleware, cloud resources and network rules; readiness checklists from seeded templates; probes
 * the platform runs against the target systems (JDBC, TCP, HTTP(S)) whose results are kept as evidence; the
 * Ansible inventory and checklist exports. Data-migration plans and runs are still to come.
 */
package io.luodi.migration;
