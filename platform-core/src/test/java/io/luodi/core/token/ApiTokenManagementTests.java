package io.luodi.core.token;

import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import io.luodi.testsupport.WithPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@WithPostgres
class ApiTokenManagementTests {

    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    UserManagement users;
    @Autowired
    JdbcTemplate jdbc;

    long userId;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long organisation = organisations.create(
                new OrganisationDetails("t-" + run, "Token Org", OrganisationKind.IMPLEMENTER)).getId();
        userId = users.create(new NewUser("tok-" + run, "Token User", null, Role.CONSULTANT, organisation,
                "secret-password")).getId();
    }

    @Test
    void anIssuedTokenAuthenticatesItsOwnerUntilRevoked() {
        IssuedToken issued = tokens.issue(userId, "CI 脚本");

        assertThat(tokens.authenticate(issued.plainToken())).contains(userId);
        assertThat(tokens.tokensOf(userId)).singleElement().satisfies(token -> {
            assertThat(token.getLastUsedAt()).isNotNull();
            assertThat(issued.plainToken()).startsWith(token.getTokenPrefix());
        });

        tokens.revoke(userId, issued.id());

        assertThat(tokens.authenticate(issued.plainToken())).isEmpty();
    }

    @Test
    void storesOnlyTheHashOfTheToken() {
        IssuedToken issued = tokens.issue(userId, "reporting");

        String stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, issued.id());
        assertThat(stored).isNotEqualTo(issued.plainToken()).hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash like ?", Integer.class,
                "%" + issued.plainToken().substring(8) + "%")).isZero();
    }

    @Test
    void unknownOrMalformedTokensAuthenticateNobody() {
        assertThat(tokens.authenticate("ldt_not-a-real-token")).isEmpty();
        assertThat(tokens.authenticate("Basic abc")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }
}
