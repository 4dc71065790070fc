package io.luodi.migration.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByEnvironmentId(long environmentId);

    Optional<ChecklistItem> findByIdAndEnvironmentId(long id, long environmentId);

    Optional<ChecklistItem> findByEnvironmentIdAndComponentIdAndItemKey(long environmentId, Long componentId,
                                                                      String itemKey);

    Optional<ChecklistItem> findByEnvironmentIdAndComponentIdIsNullAndItemKey(long environmentId, String itemKey);
}
