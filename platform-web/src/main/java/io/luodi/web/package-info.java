/**
 * The Spring Boot application: layout, security configuration, the home dashboard, project overview,
 * administration, audit, account pages, the REST API and error pages. Phase modules bring their own pages.
 */
package io.luodi.web;
