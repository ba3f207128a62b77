package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    private final MessageSplitter splitter = new MessageSplitter();

    @Test
    void leavesAMessageWithinTheLimitAlone() {
        assertThat(splitter.split("<b>短</b>")).containsExactly("<b>短</b>");
    }

    @Test
    void splitsASixThousandCharacterAnswerIntoTwoPartsAtASentenceEnd() {
        String sentences = "清凉空间为户外劳动者提供饮水、休息和充电服务。".repeat(270);
        String html = "<blockquote>" + sentences.substring(0, 6000) + "</blockquote>";

        List<String> parts = splitter.split(html);

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4096);
            assertThat(part).startsWith("<blockquote>").endsWith("</blockquote>");
            assertBalanced(part);
        });
        assertThat(parts.getFirst()).endsWith("。</blockquote>");
        assertThat(textOf(parts)).isEqualTo(sentences.substring(0, 6000));
    }

    @Test
    void keepsAClosingQuoteWithItsSentenceWhenATagStandsBetween() {
        String html = "<b>" + "甲".repeat(40) + "。</b>”" + "乙".repeat(40) + "。";

        assertThat(new MessageSplitter(64).split(html).getFirst()).endsWith("。</b>”");
    }

    @Test
    void cutsAtTheSentenceEndBeforeAnEllipsisNotInsideIt() {
        String first = "甲".repeat(30) + "。";
        String html = first + "乙".repeat(20) + "……”" + "丙".repeat(30) + "。";

        assertThat(new MessageSplitter(64).split(html).getFirst()).isEqualTo(first);
    }

    @Test
    void prefersAParagraphBreakOverASentenceEnd() {
        String first = "第一段。".repeat(600);
        String second = "第二段的句子。".repeat(600);
        List<String> parts = splitter.split(first + "\n\n" + second);

        assertThat(parts.getFirst()).isEqualTo(first + "\n\n");
        assertThat(parts.get(1)).startsWith("第二段的句子。");
    }

    @Test
    void neverCutsAnEntityOrATag() {
        String html = "<b>标题</b>\n" + "a&amp;b&lt;c&gt;".repeat(1000) + "<i>尾巴</i>";

        List<String> parts = new MessageSplitter(100).split(html);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(100);
            assertThat(part).doesNotMatch("(?s).*&[a-z]*$").doesNotMatch("(?s)^[a-z]*;.*");
            assertBalanced(part);
        });
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void keepsSurrogatePairsTogether() {
        String html = "😀".repeat(3000);

        List<String> parts = splitter.split(html);

        assertThat(parts).allSatisfy(part -> assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(html);
    }

    @Test
    void reopensNestedTagsWithTheirAttributesInTheNextPart() {
        String html = "<a href=\"https://example.cn\"><b>" + "很长的链接文字".repeat(20) + "</b></a>";

        List<String> parts = new MessageSplitter(80).split(html);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part).startsWith("<a href=\"https://example.cn\"><b>").endsWith("</b></a>");
            assertBalanced(part);
        });
    }

    private static String textOf(List<String> parts) {
        return String.join("", parts).replaceAll("<[^>]+>", "");
    }

    static void assertBalanced(String part) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(part);
        while (tag.find()) {
            if (tag.group(1).isEmpty()) {
                open.push(tag.group(2));
            } else {
                assertThat(open).as("closing </%s> in %s", tag.group(2), part).isNotEmpty();
                assertThat(open.pop()).isEqualTo(tag.group(2));
            }
        }
        assertThat(open).as("tags left open in %s", part).isEmpty();
    }
}
