package io.luodi.migration.probe;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.ForbiddenException;
import io.luodi.core.audit.AuditAction;
import io.luodi.core.audit.AuditLog;
import io.luodi.core.user.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses probes may reach, so that nobody on a project can use them to look around the platform's own
 * network: an address must lie in an allowed range and in no denied one. A host name is resolved and every
 * address it resolves to must pass; the probe then connects to that checked address, not to the name again.
 */
@Service
@Transactional(readOnly = true)
public class AddressPolicy {

    private final ProbeSettingsRepository settings;
    private final AuditLog audit;
    private final Clock clock;

    AddressPolicy(ProbeSettingsRepository settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A refused target: the address (or what the name resolved to) that is not to be reached. */
    static class Refused extends Exception {

        Refused(String what) {
            super(what);
        }
    }

    /** The address to connect to for a host name or literal, every one of whose addresses is allowed. */
    InetAddress resolve(String host) throws Refused, UnknownHostException {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(literal);
        Rules rules = rules();
        for (InetAddress address : addresses) {
            if (!rules.allows(address)) {
                throw new Refused(host.equals(address.getHostAddress()) ? host
                        : host + " (" + address.getHostAddress() + ")");
            }
        }
        return addresses[0];
    }

    /**
     * The checked address to connect to for a host, for the migration runs that reach the same databases the
     * probes do; a host the ranges do not allow is refused in the user's language.
     */
    public InetAddress allowed(String host) {
        try {
            return resolve(host);
        } catch (Refused refused) {
            throw new BusinessRuleException("migration.database.refused", refused.getMessage());
        } catch (UnknownHostException e) {
            throw new BusinessRuleException("migration.database.unknownHost", host);
        }
    }

    public ProbeSettingsForm form(CurrentUser admin) {
        requireAdmin(admin);
        ProbeSettings current = current();
        return new ProbeSettingsForm(current.getAllowedRanges(), current.getDeniedRanges(), current.getVersion(),
                current.getUpdatedBy(), current.getUpdatedAt());
    }

    /** Saves the ranges; a line that is no range is refused with its text, and nothing is saved. */
    @Transactional
    public void update(CurrentUser admin, ProbeSettingsForm form) {
        requireAdmin(admin);
        String allowed = normalise(form.allowedRanges(), "allowedRanges");
        String denied = normalise(form.deniedRanges(), "deniedRanges");
        ProbeSettings current = current();
        if (form.version() != null) {
            current.setVersion(form.version());
        }
        current.change(allowed, denied, admin.displayName(), clock.instant());
        settings.saveAndFlush(current);
        audit.record(AuditAction.UPDATE, "probe-settings", ProbeSettings.ID, null,
                "allowed " + allowed.replace('\n', ' ') + "; denied " + denied.replace('\n', ' '));
    }

    private Rules rules() {
        ProbeSettings current = current();
        return new Rules(ranges(current.getAllowedRanges()), ranges(current.getDeniedRanges()));
    }

    private ProbeSettings current() {
        return settings.findById(ProbeSettings.ID).orElseThrow();
    }

    private record Rules(List<AddressRange> allowed, List<AddressRange> denied) {

        boolean allows(InetAddress address) {
            return allowed.stream().anyMatch(r -> r.contains(address))
                    && denied.stream().noneMatch(r -> r.contains(address));
        }
    }

    private static List<AddressRange> ranges(String lines) {
        return lines == null ? List.of() : lines.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(AddressRange::parse).flatMap(java.util.Optional::stream).toList();
    }

    private static String normalise(String lines, String field) {
        List<String> kept = new ArrayList<>();
        for (String line : Arrays.asList(lines == null ? new String[0] : lines.split("[\\r\\n,]+"))) {
            String range = line.strip();
            if (range.isEmpty()) {
                continue;
            }
            if (AddressRange.parse(range).isEmpty()) {
                throw BusinessRuleException.onField(field, "probe.settings.range.invalid", range);
            }
            kept.add(range);
        }
        return String.join("\n", kept);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("probe settings");
        }
    }
}
