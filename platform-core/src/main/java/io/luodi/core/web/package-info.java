/**
 * Helpers every module's controllers share: form errors from refused requests, flash messages after a redirect.
 * The pages themselves (layout, fragments, error pages) live in platform-web.
 */
package io.luodi.core.web;
