package io.luodi.requirements.requirement;

import java.time.Instant;
import java.util.List;

/**
 * A requirement with its sources and history, as one reader may see it: for a customer the internal note is
 * null, its history entries are left out, and only sources they can open (meeting decisions) are listed.
 *
 * @param createdBy      the display name of who recorded it (the username when the account is gone)
 * @param signedBaseline the number of the project's latest signed scope baseline, null while none is signed
 */
public record RequirementDetail(long id, String key, RequirementFields fields, String createdBy, Instant createdAt,
                                Instant updatedAt, long version, List<SourceView> sources, List<ChangeView> history,
                                Integer signedBaseline) {

    public RequirementForm toForm() {
        return RequirementForm.of(fields, version);
    }

    public boolean scopeSigned() {
        return signedBaseline != null;
    }
}
