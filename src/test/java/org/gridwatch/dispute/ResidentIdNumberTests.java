package org.gridwatch.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 18-character resident ID number: shape, birth date and check character; masking for lists. */
class ResidentIdNumberTests {

    @Test
    void aNumberWithTheRightCheckCharacterAndARealBirthDateIsValid() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).as("a lower-case x").isTrue();
        assertThat(ResidentIdNumber.isValid(" " + DisputeFixtures.ID_NUMBER + " ")).isTrue();
        assertThat(ResidentIdNumber.normalize("11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckCharacterAnImpossibleDateOrAWrongShapeIsNot() {
        assertThat(ResidentIdNumber.isValid("110105194912310021")).as("check character").isFalse();
        assertThat(ResidentIdNumber.isValid(DisputeFixtures.withCheckDigit("22010419850230301"))).as("30 February")
                .isFalse();
        assertThat(ResidentIdNumber.isValid(DisputeFixtures.withCheckDigit("22010418000101301"))).as("born 1800")
                .isFalse();
        assertThat(ResidentIdNumber.isValid("11010519491231002")).as("17 characters").isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100XX")).isFalse();
        assertThat(ResidentIdNumber.isValid("")).isFalse();
        assertThat(ResidentIdNumber.isValid(null)).isFalse();
    }

    @Test
    void listsShowTheFirstThreeAndLastFourCharactersOnly() {
        assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(ResidentIdNumber.masked(null)).isEqualTo("—");
    }

    @Test
    void phonesAreMobileNumbersOrLandlinesWithAreaCode() {
        assertThat(PartyData.validPhone("13912345678")).isTrue();
        assertThat(PartyData.validPhone("0431-85551234")).isTrue();
        assertThat(PartyData.validPhone("043185551234")).isTrue();
        assertThat(PartyData.validPhone("12345678901")).isFalse();
        assertThat(PartyData.validPhone("1391234567")).isFalse();
        assertThat(PartyData.validPhone("85551234")).isFalse();
    }
}
