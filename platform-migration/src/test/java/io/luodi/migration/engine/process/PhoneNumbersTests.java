package io.luodi.migration.engine.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

    @Test
    void acceptsMobilesLandlinesAndServiceNumbers() {
        assertThat(PhoneNumbers.isValid("13812345678")).isTrue();
        assertThat(PhoneNumbers.isValid("+86 138 1234 5678")).isTrue();
        assertThat(PhoneNumbers.isValid("138-1234-5678")).isTrue();
        assertThat(PhoneNumbers.isValid("010-12345678")).isTrue();
        assertThat(PhoneNumbers.isValid("(0755)1234567")).isTrue();
        assertThat(PhoneNumbers.isValid("0571-87654321")).isTrue();
        assertThat(PhoneNumbers.isValid("87654321")).isTrue();
        assertThat(PhoneNumbers.isValid("400-810-8888")).isTrue();
        assertThat(PhoneNumbers.isValid("8613812345678")).isTrue();
        assertThat(PhoneNumbers.isValid("0086 13812345678")).isTrue();
        assertThat(PhoneNumbers.isValid("021 6234 5678")).isTrue();
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(PhoneNumbers.isValid("12812345678")).isFalse();
        assertThat(PhoneNumbers.isValid("1381234567")).isFalse();
        assertThat(PhoneNumbers.isValid("138123456789")).isFalse();
        assertThat(PhoneNumbers.isValid("1381234567a")).isFalse();
        assertThat(PhoneNumbers.isValid("123")).isFalse();
        assertThat(PhoneNumbers.isValid("无")).isFalse();
        assertThat(PhoneNumbers.isValid("138+12345678")).isFalse();
        assertThat(PhoneNumbers.isValid("+8601012345678")).isFalse();
        assertThat(PhoneNumbers.isValid("1234567")).isFalse();
        assertThat(PhoneNumbers.isValid("500-810-8888")).isFalse();
        assertThat(PhoneNumbers.isValid("1381234567812345678")).isFalse();
        assertThat(PhoneNumbers.isValid("")).isFalse();
    }
}
