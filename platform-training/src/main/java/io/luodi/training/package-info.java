/**
 * Phase 4: training plans by role, sessions, practice scenarios, exams, competency matrix, FAQ knowledge base.
 * Not built yet: the phase's page in the navigation says so until its issue lands.
 */
package io.luodi.training;
