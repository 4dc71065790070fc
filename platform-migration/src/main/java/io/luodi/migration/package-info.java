/**
 * Phases 2-3: environments and readiness checklists with probes; data-migration plans, runs, rejects, reconciliation, spot checks, headless CLI.
 * Not built yet: the phase's page in the navigation says so until its issue lands.
 */
package io.luodi.migration;
