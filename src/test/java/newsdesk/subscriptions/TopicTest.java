package newsdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    @Test
    void aTopicIsStoredWidthFoldedInLowerCaseWithSingleSpaces() {
        assertThat(Topic.parse("  ＦＯＯＤ   安全 ")).map(Topic::text).contains("food 安全");
    }

    @ParameterizedTest
    @ValueSource(strings = {"征兵\u0001", "\u0007征兵", "征\u200B兵", "征兵\u000B"})
    void aTopicTypedWithAnInvisibleCharacterIsTheSameTopic(String typed) {
        assertThat(Topic.parse(typed)).map(Topic::text).contains("征兵");
        assertThat(Topic.parse("food\t\u0001 安全")).map(Topic::text).contains("food 安全");
    }

    @Test
    void sixteenCharactersFitAnUnsubscribeButtonsCallbackData() {
        String sixteen = "一二三四五六七八九十一二三四五六";
        assertThat(Topic.parse(sixteen)).map(Topic::text).contains(sixteen);
        assertThat(("t-:" + sixteen).getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "！？。", "……", "一二三四五六七八九十一二三四五六七"})
    void blankPunctuationOnlyOrLongTextIsNoTopic(String typed) {
        assertThat(Topic.parse(typed)).isEmpty();
    }

    /** Sixteen characters or fewer, but four bytes each: over the unsubscribe button's callback data. */
    @ParameterizedTest
    @ValueSource(strings = {"征😀😀😀😀😀😀😀😀😀😀😀😀", "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀"})
    void aShortTopicOfFourByteCharactersIsNoTopicRatherThanAnError(String typed) {
        assertThat(Topic.parse(typed)).isEmpty();
    }
}
