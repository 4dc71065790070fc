package io.luodi.web.setup;

import io.luodi.core.organisation.Organisation;
import io.luodi.core.organisation.OrganisationDetails;
import io.luodi.core.organisation.OrganisationKind;
import io.luodi.core.organisation.OrganisationManagement;
import io.luodi.core.user.NewUser;
import io.luodi.core.user.Role;
import io.luodi.core.user.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh installation without demo data gets one administrator, so there is no default password to forget to
 * change: either the operator configured one, or a one-time password is printed once and must be replaced at
 * the first login.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BootstrapProperties properties;
    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final TransactionTemplate transaction;

    FirstAdministrator(BootstrapProperties properties, OrganisationManagement organisations, UserManagement users,
                       TransactionTemplate transaction) {
        this.properties = properties;
        this.organisations = organisations;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        boolean configured = properties.adminPassword() != null && !properties.adminPassword().isBlank();
        String password = configured ? properties.adminPassword() : oneTimePassword();
        transaction.executeWithoutResult(status -> {
            Organisation implementer = organisations.create(new OrganisationDetails("implementer",
                    properties.organisationName(), OrganisationKind.IMPLEMENTER));
            NewUser admin = new NewUser(properties.adminUsername(), properties.adminUsername(), null, Role.ADMIN,
                    implementer.getId(), password);
            if (configured) {
                users.createWithFinalPassword(admin);
            } else {
                users.create(admin);
            }
        });
        if (configured) {
            log.info("Created the first administrator '{}' with the configured password", properties.adminUsername());
        } else {
            log.warn("""

                    ================================================================
                     First administrator: {}
                     One-time password:   {}
                     It must be changed at the first login and is not shown again.
                    ================================================================""",
                    properties.adminUsername(), password);
        }
    }

    private static String oneTimePassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
