package io.luodi.support.improvement;

/** An improvement's votes as the reader sees them: how many, whether one is theirs, whether voting is open. */
public record VoteView(long improvementId, int votes, boolean votedByMe, boolean open) {
}
