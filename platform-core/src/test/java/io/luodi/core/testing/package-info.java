/**
 * What the module tests of every phase share, published as platform-core's test jar: a fresh project with its
 * people, and the audit context of a test run.
 */
package io.luodi.core.testing;
