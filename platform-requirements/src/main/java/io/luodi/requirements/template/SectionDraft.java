package io.luodi.requirements.template;

import java.util.List;

public record SectionDraft(String title, List<QuestionDraft> questions) {

    public SectionDraft {
        questions = List.copyOf(questions);
    }
}
