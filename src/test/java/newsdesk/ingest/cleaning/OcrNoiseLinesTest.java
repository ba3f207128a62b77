package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrNoiseLinesTest {

    private final OcrNoiseLines noise = new OcrNoiseLines();

    @Test
    void recognisesAMastheadReadAsTraditionalCharacterNoise() {
        assertThat(noise.isNoise("湖的代為極超為作些")).isTrue();
    }

    @Test
    void keepsSimplifiedHeadlines() {
        assertThat(noise.isNoise("听，这深情的足音")).isFalse();
        assertThat(noise.isNoise("厚植为民情怀 增进百姓福祉")).isFalse();
        assertThat(noise.isNoise("习近平向第五届中美友城大会致信")).isFalse();
    }
}
