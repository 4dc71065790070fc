package io.luodi.support.satisfaction;

import java.util.Collection;

/**
 * Net Promoter Score: promoters answer 9–10, passives 7–8, detractors 0–6; the score is the share of promoters
 * minus the share of detractors, in whole percent from −100 to 100, and there is none without answers.
 */
public record NetPromoterScore(long promoters, long passives, long detractors) {

    public static NetPromoterScore of(Collection<Integer> scores) {
        long promoters = scores.stream().filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(s -> s <= 6).count();
        return new NetPromoterScore(promoters, scores.size() - promoters - detractors, detractors);
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    public Integer score() {
        return responses() == 0 ? null : (int) Math.round(100.0 * (promoters - detractors) / responses());
    }
}
