package io.luodi.migration.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ChecklistItemChangeRepository extends JpaRepository<ChecklistItemChange, Long> {

    List<ChecklistItemChange> findByItemIdOrderByChangedAtDescIdDesc(long itemId);
}
