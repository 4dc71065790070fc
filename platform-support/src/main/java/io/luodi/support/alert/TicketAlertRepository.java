package io.luodi.support.alert;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketAlertRepository extends JpaRepository<TicketAlert, Long> {
}
