package io.luodi.core.token;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);
}
