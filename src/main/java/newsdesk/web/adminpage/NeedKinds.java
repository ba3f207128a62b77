package newsdesk.web.adminpage;

import java.util.Map;

/**
 * The kinds of fact the answer engine reads from a question's cue words, worded for an editor. A kind added to the
 * engine later shows by its name until it is worded here.
 */
final class NeedKinds {

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("PHONE", "电话"), Map.entry("PURPOSE", "用途"), Map.entry("TIME_OF_DAY", "开放或办公时间"),
            Map.entry("DATE_RANGE", "起止日期"),
            Map.entry("FREQUENCY", "多久一次"), Map.entry("AGE", "年龄"), Map.entry("ELIGIBILITY", "适用对象和条件"),
            Map.entry("DURATION", "多长时间"), Map.entry("PERCENTAGE", "比例"), Map.entry("MONEY", "金额"),
            Map.entry("SIZE", "面积或距离"), Map.entry("COUNT", "数量"), Map.entry("DATE", "日期"),
            Map.entry("PERSON", "人物"), Map.entry("ORGANISATION", "单位"), Map.entry("PLACE", "地点"),
            Map.entry("REASON", "原因"), Map.entry("PROCEDURE", "办理方法"), Map.entry("LIST", "列举"),
            Map.entry("YES_NO", "是否"), Map.entry("OTHER", "其他"));

    private NeedKinds() {
    }
}
