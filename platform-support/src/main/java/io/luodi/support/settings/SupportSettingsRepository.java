package io.luodi.support.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportSettingsRepository extends JpaRepository<SupportSettings, Long> {
}
