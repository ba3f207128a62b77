package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads reporters' names out of a byline, a dateline's brackets or a photo credit:
 * "□人民日报记者 毕京津 赵翰青", "记者 徐松 通讯员 胡劲彬", "记者 姬慧洋 文/图", "记者 沈湛 摄".
 */
class Reporters {

    private static final Pattern ROLE_PREFIX = Pattern.compile("^\\p{IsHan}{0,6}?(?:记者|通讯员)(?=\\p{IsHan}{2,})");
    private static final Pattern ROLE = Pattern.compile("^□?\\p{IsHan}{0,6}(?:记者|通讯员)$|^文/图$|^摄$|^□$");

    List<String> names(String credit) {
        List<String> names = new ArrayList<>();
        for (String token : credit.replace("□", " ").strip().split("\\s+")) {
            String name = ROLE_PREFIX.matcher(token).replaceFirst("");
            if (!name.isEmpty() && !ROLE.matcher(token).matches()) {
                names.add(name);
            }
        }
        return joinSplitNames(names);
    }

    /**
     * A line break or OCR can split a name (韩志 / 刚, 韩 庆伟); a Chinese name has two to four
     * characters, so a lone character joins the name beside it.
     */
    private static List<String> joinSplitNames(List<String> tokens) {
        List<String> names = new ArrayList<>();
        String carried = "";
        for (String token : tokens) {
            if (token.length() == 1 && !names.isEmpty() && names.getLast().length() == 2 && carried.isEmpty()) {
                names.set(names.size() - 1, names.getLast() + token);
            } else if (token.length() == 1 && carried.isEmpty()) {
                carried = token;
            } else {
                names.add(carried + token);
                carried = "";
            }
        }
        if (!carried.isEmpty()) {
            names.add(carried);
        }
        return names;
    }
}
