package newsdesk.ingest.cleaning;

import newsdesk.text.ChineseText;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacesInChineseTextTest {

    @Test
    void removesStraySpacesInsideChineseSentences() {
        assertThat(SpacesInChineseText.inBody().clean("一般公共预算收支分别 增 长 28.5% 、26.1% ，财"))
                .isEqualTo("一般公共预算收支分别增长28.5%、26.1%，财");
        assertThat(SpacesInChineseText.inBody().clean("但是 ， 修路免不了要移谁家的"))
                .isEqualTo("但是，修路免不了要移谁家的");
    }

    @Test
    void keepsOneSpaceBetweenLatinWordsAndNumbers() {
        assertThat(SpacesInChineseText.inBody().clean("昌建·MOCO 新世界，Bot  API 2 版"))
                .isEqualTo("昌建·MOCO新世界，Bot API 2版");
    }

    @Test
    void keepsThePhraseBreakOfAHeadlineButNotSpacesBeforeNumbers() {
        assertThat(SpacesInChineseText.inHeadline().clean("倾听百姓诉求  及时解决难题"))
                .isEqualTo("倾听百姓诉求 及时解决难题");
        assertThat(SpacesInChineseText.inHeadline().clean("14 名“一匠两手”获表彰")).isEqualTo("14名“一匠两手”获表彰");
    }
}
