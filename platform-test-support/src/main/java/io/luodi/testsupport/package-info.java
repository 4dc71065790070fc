/**
 * Test support shared by every module: {@link io.luodi.testsupport.WithPostgres} gives a Spring test a real
 * PostgreSQL, started once per test JVM.
 */
package io.luodi.testsupport;
