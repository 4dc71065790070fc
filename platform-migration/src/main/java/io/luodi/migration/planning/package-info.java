/**
 * A project's migration plans as the application keeps them: every save a numbered version, datasets with their
 * uploaded source files (on disk, with original name and SHA-256), the mapping table's text form, dictionaries,
 * YAML import and export, and the source and target databases of the project's environments.
 */
package io.luodi.migration.planning;
