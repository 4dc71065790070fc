/**
 * Runs of a dataset in the background on the engine: one at a time per dataset, progress, cancel, rejected rows,
 * reconciliation and SAMPLE preview kept with the run; FULL runs' spot checks the customer confirms; sign-off.
 */
package io.luodi.migration.runs;
