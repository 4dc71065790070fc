package io.luodi.migration.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplateItem, Long> {

    List<ChecklistTemplateItem> findAllByOrderByScopeAscPositionAsc();

    List<ChecklistTemplateItem> findByScopeOrderByPosition(ChecklistScope scope);

    Optional<ChecklistTemplateItem> findByScopeAndItemKey(ChecklistScope scope, String itemKey);
}
