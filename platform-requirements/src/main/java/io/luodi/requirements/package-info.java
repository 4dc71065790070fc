/**
 * Phase 1, requirements: the survey template library today; surveys, pain points, requirements, meetings,
 * scope baselines and change requests follow. {@link io.luodi.requirements.TemplateLibrary} is the module's API.
 */
package io.luodi.requirements;
