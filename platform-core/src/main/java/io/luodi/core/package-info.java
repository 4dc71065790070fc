/**
 * Shared kernel of Luodi: organisations, users, projects with their members and phases, the access policy
 * every controller goes through, and the audit log. Phase modules depend on this module alone.
 */
package io.luodi.core;
