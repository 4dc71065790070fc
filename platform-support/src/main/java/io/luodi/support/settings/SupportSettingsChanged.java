package io.luodi.support.settings;

/** A project's support settings were saved, within the saving transaction. */
public record SupportSettingsChanged(long projectId) {
}
