package newsdesk.archive;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words the synthetic pages are made of besides the body sentences: the city's counties and
 * their townships, the subsidy programmes of a planted fact, reporters' names and headline phrases.
 * The counties are those of the local-names dictionary (index/dictionary/local-names.txt), so the
 * segmenter keeps them whole as it does on real pages; the townships are real-looking names of the
 * kind the pages print (丁集镇, 黄集乡), several per county, so a place decoy can sit next door.
 */
final class LocalVocabulary {

    record Place(String county, String township) {
        String name() {
            return county + township;
        }
    }

    /** A programme and the unit its standard is paid by: 每户 (household), 每亩 (mu), 每人 (person). */
    record Programme(String name, String unit) {
    }

    private static final List<Place> PLACES = places(
            "项城市", "丁集镇", "秣陵镇", "南顿镇", "官会镇", "郑郭镇",
            "郸城县", "宁平镇", "汲冢镇", "石槽镇", "胡集乡", "钱店镇",
            "沈丘县", "槐店回族镇", "刘庄店镇", "老城镇", "付井镇", "白集镇",
            "淮阳区", "白楼镇", "四通镇", "安岭镇", "冯塘乡", "黄集乡",
            "鹿邑县", "太清宫镇", "玄武镇", "涡北镇", "生铁冢镇", "贾滩镇",
            "西华县", "红花集镇", "逍遥镇", "址坊镇", "奉母镇", "艾岗乡",
            "商水县", "练集镇", "黄寨镇", "固墙镇", "巴村镇", "邓城镇",
            "太康县", "常营镇", "逊母口镇", "老冢镇", "马头镇", "毛庄镇",
            "扶沟县", "练寺镇", "大新镇", "崔桥镇", "白潭镇", "韭园镇",
            "川汇区", "搬口街道", "许湾街道", "人和街街道", "城北街道", "文昌街道");

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("农村危房改造补助", "每户"), new Programme("户用光伏发电补贴", "每户"),
            new Programme("农村改厕奖补", "每户"), new Programme("冬季清洁取暖补贴", "每户"),
            new Programme("老旧小区加装电梯补助", "每户"), new Programme("困难家庭临时救助", "每户"),
            new Programme("高标准农田建设补助", "每亩"), new Programme("秸秆综合利用补贴", "每亩"),
            new Programme("耕地地力保护补贴", "每亩"), new Programme("小麦一喷三防补贴", "每亩"),
            new Programme("大豆玉米带状复合种植补贴", "每亩"), new Programme("返乡创业一次性补贴", "每人"),
            new Programme("职业技能培训补贴", "每人"), new Programme("高龄老人津贴", "每人"),
            new Programme("脱贫劳动力外出务工交通补助", "每人"), new Programme("农村留守儿童关爱补助", "每人"));

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "韩", "姬", "沈", "乔");
    private static final List<String> GIVEN = List.of("志刚", "晨露", "旭", "湛", "慧洋", "京津", "翰青", "艳",
            "冰", "伟", "静", "磊", "丽娜", "建国", "海燕", "晓东", "文博", "一鸣", "雪", "俊峰", "红梅", "亚楠", "鹏");

    /** Headline endings for a report about a place: 丁集镇 + 扎实推进人居环境整治. */
    private static final List<String> TOPICS = List.of("扎实推进人居环境整治", "召开安全生产工作会议",
            "开展志愿服务活动", "多措并举办实事", "提速重点项目建设", "推进乡村振兴见实效", "筑牢防汛安全防线",
            "深化党建引领基层治理", "开展消防安全大检查", "助力企业纾困解难", "打造宜居宜业和美乡村",
            "夏粮收购工作有序开展", "开展反诈宣传进社区", "举办招聘会促就业", "推进文明城市创建",
            "开展入户大走访活动", "抓好秋冬季农业生产", "畅通群众诉求渠道", "优化营商环境出实招", "守护群众舌尖安全");

    /** Headlines of a planted report that do not name its programme: the citizen's words are in the body only. */
    private static final List<String> GENERIC_HEADLINES = List.of("真金白银惠民生", "用心用情解民忧",
            "惠民政策落地见效", "民生实事件件有回音", "把好事办到群众心坎上", "政策红利暖民心");

    private LocalVocabulary() {
    }

    static List<Place> places() {
        return PLACES;
    }

    static List<Programme> programmes() {
        return PROGRAMMES;
    }

    static Place place(SplittableRandom random) {
        return PLACES.get(random.nextInt(PLACES.size()));
    }

    /** Another township of the same county: the decoy a reader of the wrong article would not notice. */
    static Place neighbourOf(Place place, SplittableRandom random) {
        List<Place> county = PLACES.stream()
                .filter(p -> p.county().equals(place.county()) && !p.equals(place)).toList();
        return county.get(random.nextInt(county.size()));
    }

    static String reporter(SplittableRandom random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static String topicHeadline(String placeName, SplittableRandom random) {
        return placeName + TOPICS.get(random.nextInt(TOPICS.size()));
    }

    static String genericHeadline(SplittableRandom random) {
        return GENERIC_HEADLINES.get(random.nextInt(GENERIC_HEADLINES.size()));
    }

    static String programmeHeadline(Place place, Programme programme, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> place.township() + programme.name() + "标准出台";
            case 1 -> place.township() + "落实" + programme.name() + "政策";
            default -> programme.name() + "惠及" + place.township() + "群众";
        };
    }

    private static List<Place> places(String... countiesAndTownships) {
        List<Place> places = new java.util.ArrayList<>();
        String county = "";
        for (String name : countiesAndTownships) {
            if (name.endsWith("市") || name.endsWith("县") || name.endsWith("区")) {
                county = name;
            } else {
                places.add(new Place(county, name));
            }
        }
        return List.copyOf(places);
    }
}
