package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

    @ParameterizedTest(name = "{0} asks for {1}")
    @CsvSource({
            "困难毕业生补贴每人多少钱？, NUMBER",
            "项城市建了几个便民服务微信群？, NUMBER",
            "川汇区哪里可以免费避暑？, PLACE",
            "清凉空间在什么地方？, PLACE",
            "谁主持召开了市政府常务会议？, PERSON",
            "示范区有哪些小区被评为红色物业示范小区？, LIST",
            "补贴发放工作什么时候完成？, DATE",
            "学雷锋纪念日是几月几日？, DATE",
            "什么是一匠两手？, OTHER",
    })
    void readsTheKindOfAnswerFromTheQuestionWord(String question, AnswerType expected) {
        assertThat(AnswerType.of(question)).isEqualTo(expected);
    }
}
