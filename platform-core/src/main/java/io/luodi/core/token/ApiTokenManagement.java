package io.luodi.core.token;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens. A token carries 256 random bits, so a fast SHA-256 hash is as safe to store as a slow
 * password hash, and lets a request be authenticated with one indexed look-up.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenManagement {

    static final String PREFIX = "ldt_";
    private static final int MAX_ACTIVE_TOKENS = 20;
    private static final int SHOWN_PREFIX_LENGTH = PREFIX.length() + 6;

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenManagement(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ApiToken> tokensOf(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    @Transactional
    public IssuedToken issue(long userId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BusinessRuleException.onField("name", "token.name.invalid");
        }
        if (tokensOf(userId).stream().filter(ApiToken::isActive).count() >= MAX_ACTIVE_TOKENS) {
            throw BusinessRuleException.onField("name", "token.too.many", MAX_ACTIVE_TOKENS);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(userId, name.trim(), hash(plain),
                plain.substring(0, SHOWN_PREFIX_LENGTH), clock.instant()));
        audit.record(AuditAction.CREATE, "api-token", token.getId(), null, token.getName());
        return new IssuedToken(token.getId(), token.getName(), plain);
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> new NotFoundException("token " + tokenId));
        token.revoke(clock.instant());
        audit.record(AuditAction.DELETE, "api-token", tokenId, null, token.getName());
    }

    /** The owner of an active token, noting its use; empty for an unknown or revoked token. */
    @Transactional
    public Optional<Long> authenticate(String plainToken) {
        if (plainToken == null || !plainToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(plainToken)).map(token -> {
            token.used(clock.instant());
            return token.getUserId();
        });
    }

    static String hash(String plainToken) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(plainToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
