package io.luodi.migration.probe;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProbeSettingsRepository extends JpaRepository<ProbeSettings, Integer> {
}
