package io.luodi.core.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    @Query("select p.id from Project p")
    List<Long> findAllIds();

    @Query("select m.project.id from ProjectMember m where m.userId = :userId")
    List<Long> findIdsByMember(long userId);

    @Query("select m.project.id from ProjectMember m where m.userId = :userId and m.projectRole = :role")
    List<Long> findIdsByMemberRole(long userId, ProjectRole role);

    @Query("select p.id from Project p where p.customerOrganisationId = :organisationId")
    List<Long> findIdsByCustomer(long organisationId);

    @Query("""
            select new io.luodi.core.project.ProjectSummary(p.id, p.code, p.name, o.name, p.systemType, p.status,
                   p.startDate, p.plannedGoLive)
            from Project p, io.luodi.core.organisation.Organisation o
            where o.id = p.customerOrganisationId and p.id in :ids
            order by p.plannedGoLive, p.code""")
    List<ProjectSummary> findSummaries(List<Long> ids);
}
