package io.luodi.support.satisfaction;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A customer user's one answer to the project's Net Promoter Score question; it is not changed afterwards. */
@Entity
@Table(name = "nps_response")
class NpsResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long projectId;

    private long userId;

    private int score;

    private String comment;

    private Instant answeredAt;

    protected NpsResponse() {
    }

    NpsResponse(long projectId, long userId, int score, String comment, Instant answeredAt) {
        this.projectId = projectId;
        this.userId = userId;
        this.score = score;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    Long getId() {
        return id;
    }
}
