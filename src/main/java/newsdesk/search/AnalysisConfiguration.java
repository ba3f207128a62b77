package newsdesk.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place HanLP is configured. Nothing here writes to {@code HanLP.Config} or to the global
 * {@code CustomDictionary}: the local names go into a dictionary owned by this segment.
 */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    /**
     * Longest text one analysis reads. A passage is a few hundred characters and a CMRC context a few
     * thousand; questions are cut much shorter before they get here.
     */
    static final int MAX_ANALYZED_CHARS = 20_000;

    private static final Logger log = LoggerFactory.getLogger(AnalysisConfiguration.class);

    @Bean
    Segment newsSegment(SearchProperties properties) {
        return segmentWith(LocalNames.read(properties.userDictionary()));
    }

    @Bean
    NewsAnalyzers newsAnalyzers(Segment newsSegment) {
        return new NewsAnalyzers(new WordAnalyzer(newsSegment, MAX_ANALYZED_CHARS),
                new BigramAnalyzer(MAX_ANALYZED_CHARS));
    }

    /**
     * The everyday-word list, read once. Lines that cannot work are logged one by one and skipped, so a
     * typo in the editable file costs that line only, and the log says which line to fix.
     */
    @Bean
    CitizenWording citizenWording(SearchProperties properties, NewsAnalyzers newsAnalyzers) {
        CitizenWording wording = CitizenWording.read(properties.synonyms(),
                text -> QuestionQuery.tokens(newsAnalyzers.words(), Fields.TEXT_WORDS, text));
        wording.problems().forEach(problem -> log.warn("synonym list {}: {}", properties.synonyms(), problem));
        log.info("synonym list {}: {} everyday words", properties.synonyms(), wording.entries().size());
        return wording;
    }

    /** HanLP's thesaurus, read once: what the answer layer takes for the same word said otherwise. */
    @Bean
    Thesaurus thesaurus() {
        Thesaurus thesaurus = Thesaurus.fromHanLP();
        log.info("thesaurus: {} words with synonyms", thesaurus.size());
        return thesaurus;
    }

    static Segment segmentWith(LocalNames names) {
        // Shares the bundled custom dictionary's read-only trie and keeps the local names in a trie of
        // its own; passing null paths stops the constructor from loading (and caching) files.
        var dictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat,
                new BinTrie<CoreDictionary.Attribute>(), null);
        names.entries().forEach(entry -> dictionary.insert(entry.word(), entry.nature() + " 1000"));
        return HanLP.newSegment()
                // HanLP.segment() leaves every offset at 0; highlighting and citations need real ones.
                .enableOffset(true)
                .enableCustomDictionary(dictionary)
                // Without forcing, person-name recognition wins over the dictionary: 周口市川汇区 became
                // 周口/市川汇/区 although 周口市 and 川汇区 are both listed.
                .enableCustomDictionaryForcing(true);
    }
}
