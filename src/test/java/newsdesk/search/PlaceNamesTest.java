package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which places a question pins down, however the segmenter cuts their names. */
class PlaceNamesTest {

    private final PlaceNames places = new PlaceNames(LocalNames.read(Path.of("index/dictionary/local-names.txt")),
            List.of("周口市", "周口"), SearchFixtures.tagger());

    @Test
    void aTownshipTheDictionaryDoesNotKnowIsAPlace() {
        assertThat(places.limiting("2025年李寨乡高标准农田项目补贴标准是每户多少钱？")).containsExactly("李寨乡");
        assertThat(places.limiting("王店镇的危房改造补助每户多少")).containsExactly("王店镇");
    }

    @Test
    void aTownshipNameTheSegmenterCutsOrTakesForAPersonIsStillOnePlace() {
        assertThat(places.limiting("许湾乡的秸秆禁烧奖励是多少？")).containsExactly("许湾乡");
        assertThat(places.limiting("白集镇2023年的养殖补贴有多少")).containsExactly("白集镇");
    }

    @Test
    void aTownshipTheSegmenterCutsIntoPiecesIsStillOnePlace() {
        assertThat(places.limiting("2023年涡北镇的大豆玉米带状复合种植补贴每亩补多少钱？")).containsExactly("涡北镇");
        assertThat(places.in("据沈丘县槐店回族镇相关负责人介绍")).containsExactly("沈丘县", "槐店回族镇");
        assertThat(places.in("据沈丘县刘庄店镇相关负责人介绍")).containsExactly("沈丘县", "刘庄店镇");
        assertThat(places.in("逊母口镇2023年的小麦一喷三防补贴给多少钱？")).containsExactly("逊母口镇");
        assertThat(places.in("2024年，郸城县胡集乡脱贫劳动力外出务工交通补助标准为每人5190元。"))
                .containsExactly("郸城县", "胡集乡");
        assertThat(places.in("2024年太清宫镇小麦一喷三防补贴标准是多少？")).containsExactly("太清宫镇");
        assertThat(places.in("逍遥镇2025年的大豆玉米带状复合种植补贴给多少钱？")).containsExactly("逍遥镇");
    }

    @Test
    void wordsBeforeASuffixThatAreNoNameMakeNoPlace() {
        assertThat(places.in("发现问题村要及时整改，积极推进社区建设，宣讲进社区，入企进村。")).isEmpty();
        assertThat(places.in("要强化党建引领，实施社区治理，带动乡亲致富。")).isEmpty();
        assertThat(places.in("家住搬口办事处的居民")).containsExactly("搬口办事处");
    }

    @Test
    void ofADistrictAndItsStreetOnlyTheStreetLimits() {
        assertThat(places.limiting("川汇区搬口街道征兵报名什么时候开始？")).containsExactly("搬口街道");
    }

    @Test
    void thePapersOwnCityCountryAndCommonWordsLimitNothing() {
        assertThat(places.limiting("周口市困难毕业生补贴每人多少钱？")).isEmpty();
        assertThat(places.limiting("中国的征兵政策是什么？")).isEmpty();
        assertThat(places.limiting("美丽乡村建设补贴多少？")).isEmpty();
        assertThat(places.limiting("社区服务中心几点上班？")).isEmpty();
    }

    @Test
    void aCommunityIsAVillageNotADistrictThoughBothEndIn区() {
        assertThat(PlaceKind.of("史滩社区")).isEqualTo(PlaceKind.VILLAGE);
        assertThat(PlaceKind.of("川汇区")).isEqualTo(PlaceKind.COUNTY);
        assertThat(PlaceKind.of("人和街街道")).isEqualTo(PlaceKind.TOWNSHIP);
    }

    @Test
    void anArticleNamesEveryPlaceItIsAboutButTheHomeCity() {
        assertThat(places.in("2025年王店镇和李寨乡高标准农田建设补贴标准公布，周口市川汇区搬口街道也在推进。"))
                .containsExactly("王店镇", "李寨乡", "川汇区", "搬口街道");
        assertThat(places.in("我市高标准农田建设补贴标准为每亩1500元。")).isEmpty();
    }
}
