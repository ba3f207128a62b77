package newsdesk.answer;

import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its question word. A sentence that holds that
 * kind of thing (a number with a unit for 多少, a place for 哪里) is far more likely the answer than
 * one that merely repeats the question's words.
 */
enum AnswerType {
    /** 多少, 几, 多大, 多长: a number with its unit. */
    NUMBER(Pattern.compile("多少|几[个名家次项人天年月岁场条处位户份]?|多大|多长|多高|多远|多久|多重|比例|百分之")),
    /** 什么时候, 何时, 哪天, 几月: a date or time. */
    DATE(Pattern.compile("什么时候|何时|哪天|哪一天|哪年|几月|几号|几点|日期|时间")),
    /** 哪里, 哪儿, 在哪, 什么地方: a place. */
    PLACE(Pattern.compile("哪里|哪儿|在哪|去哪|什么地方|何地|何处|地点|地址|哪个地方|哪些地方")),
    /** 谁, 哪位, 什么人: a person. */
    PERSON(Pattern.compile("谁|哪位|什么人|何人|负责人是|姓名")),
    /** 哪些, 有什么: several things. */
    LIST(Pattern.compile("哪些|有什么|有哪|包括什么|包含什么|都有")),
    /** Anything else: what, how, why. */
    OTHER(Pattern.compile("$^"));

    private final Pattern cue;

    AnswerType(Pattern cue) {
        this.cue = cue;
    }

    /** Date and place cues are checked before number cues, because 几月 and 几点 ask for a date. */
    static AnswerType of(String question) {
        for (AnswerType type : new AnswerType[] {DATE, PLACE, PERSON, NUMBER, LIST}) {
            if (type.cue.matcher(question).find()) {
                return type;
            }
        }
        return OTHER;
    }
}
