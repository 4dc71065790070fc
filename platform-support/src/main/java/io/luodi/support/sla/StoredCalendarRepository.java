package io.luodi.support.sla;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface StoredCalendarRepository extends JpaRepository<StoredCalendar, Long> {

    Optional<StoredCalendar> findByName(String name);

    List<StoredCalendar> findAllByOrderByName();
}
