package io.luodi.requirements;

/**
 * Where a project's requirements phase stands, for the phase page: surveys, pain points, requirements, meetings,
 * and the latest scope baseline. Survey and pain-point figures are internal and zero for customers.
 */
public record PhaseSummary(int surveys, int completedSurveys, int stakeholderGroups, int painPoints,
                           int requirements, int acceptedRequirements, int inScopeRequirements, int meetings,
                           int openActionItems, Integer latestBaseline, String latestBaselineStatus,
                           int openChangeRequests) {
}
