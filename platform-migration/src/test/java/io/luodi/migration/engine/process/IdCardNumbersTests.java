package io.luodi.migration.engine.process;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdCardNumbersTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void computesTheGb11643CheckCharacter() {
        // the standard's own example, and one whose check character is X
        assertThat(IdCardNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdCardNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdCardNumbers.checkCharacter("33010619830308849")).isEqualTo('X');
    }

    @Test
    void acceptsValidNumbersWithXInEitherCase() {
        assertThat(IdCardNumbers.check("11010519491231002X", TODAY)).isNull();
        assertThat(IdCardNumbers.check("11010519491231002x", TODAY)).isNull();
        assertThat(IdCardNumbers.check("440524188001010014", TODAY)).isNull();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(IdCardNumbers.check("110105194912310021", TODAY)).isEqualTo(Failure.BAD_CHECKSUM);
        assertThat(IdCardNumbers.check("440524188001010015", TODAY)).isEqualTo(Failure.BAD_CHECKSUM);
        assertThat(IdCardNumbers.check("51010719580609461X".replace('X', '0'), TODAY))
                .isEqualTo(Failure.BAD_CHECKSUM);
    }

    @Test
    void rejectsTheWrongShapeOrBirthDate() {
        assertThat(IdCardNumbers.check("110105491231002", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("11010519491231002Y", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("1101051949123100A2", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("110105194913310025", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("110105194902300025", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("110105203001010025", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
        assertThat(IdCardNumbers.check("010105194912310025", TODAY)).isEqualTo(Failure.BAD_ID_CARD);
    }
}
