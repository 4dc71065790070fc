package io.luodi.support.notification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Optional<Notification> findByIdAndUserIdAndProjectIdIn(long id, long userId, Collection<Long> projectIds);

    long countByUserIdAndProjectIdInAndReadAtIsNull(long userId, Collection<Long> projectIds);

    @Modifying
    @Query("UPDATE Notification n SET n.readAt = :at WHERE n.userId = :userId AND n.readAt IS NULL")
    int markAllRead(long userId, Instant at);
}
