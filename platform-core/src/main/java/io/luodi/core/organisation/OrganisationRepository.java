package io.luodi.core.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

    List<Organisation> findAllByOrderByKindAscNameAsc();

    List<Organisation> findByKindOrderByNameAsc(OrganisationKind kind);
}
