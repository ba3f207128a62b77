package newsdesk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words of one meaning, from the 同义词词林 that ships inside HanLP's portable jar: 公司 and 企业, 补助 and 资助.
 *
 * <p>Only its {@code =} groups (words of one meaning; {@code #} groups are merely of one kind, 调查表 with 时刻表)
 * and only words of two or more characters: its one-character members (店, 号, 局 beside 公司) stand in far more
 * words than they mean. Too broad to widen a search (measured in docs/BENCHMARKS.md: 娃 sits with 崽), it tells
 * whether a sentence speaks of what a question asks about in other words.
 */
public final class Thesaurus {

    private static final String HANLP_RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";

    /** Each word with synonyms, to its group: the words of its one meaning, itself among them. */
    private final Map<String, List<String>> groups;

    private Thesaurus(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    /** The thesaurus HanLP ships; an empty one when the jar lacks it, so questions are still answered. */
    public static Thesaurus fromHanLP() {
        InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(HANLP_RESOURCE);
        if (in == null) {
            return new Thesaurus(Map.of());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return of(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + HANLP_RESOURCE, e);
        }
    }

    /**
     * From lines in the 词林's format: a code ending in {@code =}, {@code #} or {@code @}, then the words. A word of
     * several meanings (中心 sits in six groups, with 重点 and with 中间) has no synonyms here: which one a question
     * means is not known, and their union matches nearly anything.
     */
    public static Thesaurus of(List<String> lines) {
        List<String[]> sameMeaning = new ArrayList<>();
        Map<String, Integer> meanings = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[0].endsWith("=")) {
                sameMeaning.add(fields);
                for (int i = 1; i < fields.length; i++) {
                    meanings.merge(fields[i], 1, Integer::sum);
                }
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String[] fields : sameMeaning) {
            List<String> group = Arrays.stream(fields, 1, fields.length)
                    .filter(word -> word.length() >= 2 && meanings.get(word) == 1)
                    .toList();
            if (group.size() >= 2) {
                group.forEach(word -> groups.put(word, group));
            }
        }
        return new Thesaurus(Map.copyOf(groups));
    }

    /** How many words have synonyms here. */
    public int size() {
        return groups.size();
    }

    /** The other words of the same meaning, each of two or more characters; empty for a word it lacks. */
    public Set<String> synonymsOf(String word) {
        List<String> group = groups.getOrDefault(word, List.of());
        return group.stream().filter(other -> !other.equals(word)).collect(Collectors.toUnmodifiableSet());
    }
}
