package io.luodi.support.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/** How one project runs its support; a project without a row runs on the defaults of {@link #defaults}. */
@Entity
@Table(name = "support_settings")
class SupportSettings {

    @Id
    private Long projectId;

    @Enumerated(EnumType.STRING)
    private CustomerVisibility customerVisibility;

    private int reopenWindowDays;

    private int atRiskPercent;

    private LocalDate hypercareStart;

    private LocalDate hypercareEnd;

    @Version
    private Long version;

    protected SupportSettings() {
    }

    static SupportSettings defaults(long projectId) {
        SupportSettings settings = new SupportSettings();
        settings.projectId = projectId;
        settings.customerVisibility = CustomerVisibility.ORGANISATION;
        settings.reopenWindowDays = 7;
        settings.atRiskPercent = 75;
        return settings;
    }

    void apply(SettingsForm form) {
        customerVisibility = form.customerVisibility();
        reopenWindowDays = form.reopenWindowDays();
        atRiskPercent = form.atRiskPercent();
        hypercareStart = form.hypercareStart();
        hypercareEnd = form.hypercareEnd();
    }

    SettingsView view() {
        return new SettingsView(projectId, customerVisibility, reopenWindowDays, atRiskPercent, hypercareStart,
                hypercareEnd, version == null ? 0 : version);
    }

    void setVersion(long version) {
        this.version = version;
    }
}
