package io.luodi.migration.probe;

import java.util.List;

/**
 * How a probe ended: its status, a message code for the reader (with a detail such as the driver's own words),
 * and its findings.
 */
record ProbeOutcome(ProbeStatus status, String messageCode, String detail, List<Finding> findings) {

    static ProbeOutcome of(List<Finding> findings) {
        boolean failed = findings.stream().anyMatch(f -> f.verdict() == Verdict.FAIL);
        return new ProbeOutcome(failed ? ProbeStatus.FAILED : ProbeStatus.PASSED,
                failed ? "probe.result.failed" : "probe.result.passed", null, findings);
    }

    static ProbeOutcome failed(String messageCode, String detail, List<Finding> findings) {
        return new ProbeOutcome(ProbeStatus.FAILED, messageCode, detail, findings);
    }

    static ProbeOutcome refused(String detail) {
        return new ProbeOutcome(ProbeStatus.REFUSED, "probe.result.refused", detail, List.of());
    }

    static ProbeOutcome error(String messageCode, String detail) {
        return new ProbeOutcome(ProbeStatus.ERROR, messageCode, detail, List.of());
    }
}
