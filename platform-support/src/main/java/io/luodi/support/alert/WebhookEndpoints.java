package io.luodi.support.alert;

/** The full addresses a project's monitors post to, built from {@code luodi.public-url}. */
public record WebhookEndpoints(String alertmanager, String zabbix) {
}
