package io.luodi.support.alert;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertWebhookRepository extends JpaRepository<AlertWebhook, Long> {
}
