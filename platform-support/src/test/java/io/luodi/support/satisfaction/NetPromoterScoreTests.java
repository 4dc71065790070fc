package io.luodi.support.satisfaction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetPromoterScoreTests {

    @Test
    void promotersMinusDetractorsInWholePercent() {
        NetPromoterScore score = NetPromoterScore.of(List.of(10, 9, 8, 7, 6, 0));
        assertThat(score).isEqualTo(new NetPromoterScore(2, 2, 2));
        assertThat(score.score()).isZero();
        assertThat(NetPromoterScore.of(List.of(10, 10, 10, 0)).score()).isEqualTo(50);
        assertThat(NetPromoterScore.of(List.of(9, 8, 8)).score()).isEqualTo(33);
        assertThat(NetPromoterScore.of(List.of(6, 6, 9)).score()).isEqualTo(-33);
        assertThat(NetPromoterScore.of(List.of(0)).score()).isEqualTo(-100);
    }

    @Test
    void thereIsNoScoreWithoutAnswers() {
        assertThat(NetPromoterScore.of(List.of()).score()).isNull();
        assertThat(NetPromoterScore.of(List.of()).responses()).isZero();
    }
}
