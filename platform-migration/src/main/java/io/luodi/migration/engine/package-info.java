/**
 * The data-migration engine: plain Java without Spring, so the web application and the headless command line run
 * the same code. A run streams a source ({@code source}) through a dataset's mappings, cleaning and validation
 * ({@code process}) into PostgreSQL with {@code COPY} ({@code load}); {@code run} ties them together and reports.
 * The plan ({@code plan}) is the reviewed, versioned description of what a run does.
 */
package io.luodi.migration.engine;
