/**
 * Phase 1: survey templates and surveys, pain points, requirements, meetings, scope baselines, change requests, Word/Excel exports.
 * Not built yet: the phase's page in the navigation says so until its issue lands.
 */
package io.luodi.requirements;
