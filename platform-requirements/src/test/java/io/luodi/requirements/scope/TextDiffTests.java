package io.luodi.requirements.scope;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TextDiffTests {

    @Test
    void chineseIsComparedCharacterByCharacter() {
        assertThat(TextDiff.between("审批从七级精简到三级", "审批从七级精简到两级"))
                .extracting(TextDiff.Segment::kind, TextDiff.Segment::text)
                .containsExactly(tuple(TextDiff.Kind.SAME, "审批从七级精简到"), tuple(TextDiff.Kind.REMOVED, "三"),
                        tuple(TextDiff.Kind.ADDED, "两"), tuple(TextDiff.Kind.SAME, "级"));
    }

    @Test
    void latinTextIsComparedWordByWord() {
        assertThat(TextDiff.between("Approve on mobile", "Approve on DingTalk mobile"))
                .extracting(TextDiff.Segment::kind, TextDiff.Segment::text)
                .containsExactly(tuple(TextDiff.Kind.SAME, "Approve on "), tuple(TextDiff.Kind.ADDED, "DingTalk "),
                        tuple(TextDiff.Kind.SAME, "mobile"));
    }

    @Test
    void aMissingSideIsAllAddedOrAllRemoved() {
        assertThat(TextDiff.between(null, "新增")).containsExactly(new TextDiff.Segment(TextDiff.Kind.ADDED, "新增"));
        assertThat(TextDiff.between("删除", null)).containsExactly(new TextDiff.Segment(TextDiff.Kind.REMOVED, "删除"));
        assertThat(TextDiff.between(null, null)).isEmpty();
    }

    @Test
    void textsTooLongToLineUpAreShownAsReplaced() {
        String before = "甲".repeat(3000);
        String after = "乙".repeat(3000);

        assertThat(TextDiff.between(before, after)).containsExactly(
                new TextDiff.Segment(TextDiff.Kind.REMOVED, before), new TextDiff.Segment(TextDiff.Kind.ADDED, after));
    }

    @Test
    void keepingEverySegmentRebuildsBothTexts() {
        String before = "上线门诊挂号。\n支持预约、退号，全院统一。";
        String after = "上线门诊挂号与收费。\n支持预约，全院统一；夜间急诊除外。";
        var segments = TextDiff.between(before, after);

        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        segments.forEach(s -> {
            if (s.kind() != TextDiff.Kind.ADDED) {
                old.append(s.text());
            }
            if (s.kind() != TextDiff.Kind.REMOVED) {
                now.append(s.text());
            }
        });
        assertThat(old.toString()).isEqualTo(before);
        assertThat(now.toString()).isEqualTo(after);
    }
}
