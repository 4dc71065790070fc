package io.luodi.support.sla;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TicketClockRepository extends JpaRepository<TicketClock, Long> {

    List<TicketClock> findByTicketId(long ticketId);

    boolean existsByCalendarId(long calendarId);

    @Query(value = """
            SELECT c.id AS clockId, t.project_id AS projectId FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id
            WHERE c.stopped_at IS NULL AND c.calendar_id = :calendarId""", nativeQuery = true)
    List<RunningClock> findRunningOnCalendar(long calendarId);

    @Query(value = """
            SELECT c.id AS clockId, t.project_id AS projectId FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id
            WHERE c.stopped_at IS NULL AND t.project_id = :projectId""", nativeQuery = true)
    List<RunningClock> findRunningInProject(long projectId);

    /** A clock still counting, and the project its ticket belongs to. */
    interface RunningClock {

        long getClockId();

        long getProjectId();
    }
}
