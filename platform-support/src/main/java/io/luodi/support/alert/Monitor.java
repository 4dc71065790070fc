package io.luodi.support.alert;

/** The monitoring systems that post alerts; the name is what tickets show as their reporter. */
public enum Monitor {
    ALERTMANAGER("Alertmanager"), ZABBIX("Zabbix");

    private final String displayName;

    Monitor(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
