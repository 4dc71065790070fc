package io.luodi.support.satisfaction;

import org.springframework.data.jpa.repository.JpaRepository;

interface NpsResponseRepository extends JpaRepository<NpsResponse, Long> {

    boolean existsByProjectIdAndUserId(long projectId, long userId);
}
