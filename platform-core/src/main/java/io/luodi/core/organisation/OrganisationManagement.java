package io.luodi.core.organisation;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.NotFoundException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Creates and maintains the implementer and customer organisations. Administrators only (checked by callers). */
@Service
@Transactional(readOnly = true)
public class OrganisationManagement {

    private final OrganisationRepository organisations;
    private final AuditLog audit;

    OrganisationManagement(OrganisationRepository organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByKindAscNameAsc();
    }

    public List<Organisation> customers() {
        return organisations.findByKindOrderByNameAsc(OrganisationKind.CUSTOMER);
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    @Transactional
    public Organisation create(OrganisationDetails details) {
        if (organisations.existsByCodeIgnoreCase(details.code())) {
            throw BusinessRuleException.onField("code", "organisation.code.taken", details.code());
        }
        Organisation organisation = organisations.save(
                new Organisation(details.code().trim(), details.name().trim(), details.kind()));
        audit.record(AuditAction.CREATE, "organisation", organisation.getId(), null, organisation.getName());
        return organisation;
    }

    /** The kind is fixed once created: users and projects already depend on it. */
    @Transactional
    public void update(long id, String code, String name) {
        Organisation organisation = get(id);
        if (organisations.existsByCodeIgnoreCaseAndIdNot(code, id)) {
            throw BusinessRuleException.onField("code", "organisation.code.taken", code);
        }
        organisation.rename(code.trim(), name.trim());
        audit.record(AuditAction.UPDATE, "organisation", id, null, organisation.getName());
    }
}
