package io.luodi.migration.engine.process;

import io.luodi.migration.engine.plan.Cleaning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTests {

    private final TextCleaner all = new TextCleaner(new Cleaning(true, true, true, null));

    @Test
    void trimsAndCollapsesBlanksIncludingTheIdeographicSpace() {
        TextCleaner trim = new TextCleaner(new Cleaning(true, false, false, null));

        assertThat(trim.clean("  张\u3000\u3000三  ")).isEqualTo("张 三");
        assertThat(trim.clean("\u3000")).isEmpty();
        assertThat(trim.clean("a\u00A0 b")).isEqualTo("a b");
    }

    @Test
    void stripsControlAndIllegalCharacters() {
        TextCleaner strip = new TextCleaner(new Cleaning(false, true, false, null));

        assertThat(strip.clean("过敏史:青霉素\u0007\u001B")).isEqualTo("过敏史:青霉素");
        assertThat(strip.clean("a\u0000b\u007Fc\u0085d\u009Fe\uFFFEf\uFFFF")).isEqualTo("abcdef");
        assertThat(strip.clean("lone\uD800 \uDC00end")).isEqualTo("lone end");
    }

    @Test
    void keepsCharactersBeyondTheBasicPlane() {
        assertThat(all.clean("𠀀姓😀")).isEqualTo("𠀀姓😀");
        assertThat(all.clean("x\uD83D\uDE00\u0001")).isEqualTo("x😀");
    }

    @Test
    void turnsTabsAndLineBreaksIntoOneBlank() {
        assertThat(all.clean("第一行\r\n第二行\t完")).isEqualTo("第一行 第二行 完");
    }

    @Test
    void turnsFullWidthFormsIntoHalfWidth() {
        assertThat(all.clean("ＡＢｃ１２３，．（）：＠")).isEqualTo("ABc123,.():@");
        assertThat(all.clean("北京\u3000朝阳")).isEqualTo("北京 朝阳");
        assertThat(new TextCleaner(new Cleaning(false, false, true, null)).clean("\u3000１")).isEqualTo(" 1");
    }

    @Test
    void leavesCleanValuesAloneWithoutCopying() {
        String clean = "西安市雁塔区建设路713号";

        assertThat(all.clean(clean)).isSameAs(clean);
        assertThat(all.clean("")).isEmpty();
        assertThat(all.clean(null)).isNull();
        String notTrimmed = " x ";
        assertThat(new TextCleaner(new Cleaning(false, true, true, null)).clean(notTrimmed)).isSameAs(notTrimmed);
    }
}
