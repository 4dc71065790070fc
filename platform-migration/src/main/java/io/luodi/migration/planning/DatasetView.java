package io.luodi.migration.planning;

import java.time.Instant;

/** A dataset as pages and runs read it: its uploaded file (if any) and its sign-off (if any). */
public record DatasetView(long id, long planId, String name, String fileName, String fileSha256, Long fileSize,
                          String uploadedBy, Instant uploadedAt, String signedOffBy, Instant signedOffAt,
                          Long signedOffRunId) {

    public boolean hasFile() {
        return fileSha256 != null;
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }
}
