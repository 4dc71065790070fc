package io.luodi.migration.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ChecklistAttachmentRepository extends JpaRepository<ChecklistAttachment, Long> {

    List<ChecklistAttachment> findByItemIdOrderById(long itemId);

    long countByItemId(long itemId);
}
