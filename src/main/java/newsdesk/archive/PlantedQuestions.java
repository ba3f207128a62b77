package newsdesk.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.archive.FactPlanner.PlantedFact;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The planted facts' questions as a question set for {@code eval --questions}: the question names the
 * place and the year, {@code any} holds the right article's printed standard, and {@code decoys} the
 * standards of its look-alikes by cause, so a miss can be told apart as another place or another year.
 * {@code source}, {@code date} and {@code title} name the right article.
 */
final class PlantedQuestions {

    private final JsonMapper json;

    PlantedQuestions(JsonMapper json) {
        this.json = json;
    }

    void write(List<PlantedFact> facts, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PlantedFact fact : facts) {
                out.write(json.writeValueAsString(line(fact)));
                out.write('\n');
            }
        }
    }

    ObjectNode line(PlantedFact fact) {
        PlantedArticle right = fact.right();
        ObjectNode line = json.createObjectNode();
        line.put("q", question(fact));
        line.putArray("any").add(right.answer());
        line.put("type", "money");
        line.put("source", right.slot().fileName());
        line.put("date", right.slot().day().toString());
        line.put("title", right.headline());
        line.put("place", right.place().name());
        line.put("year", right.year());
        line.put("programme", right.programme().name());
        line.put("only_decoy_headlines_name_programme",
                !right.headlineNamesProgramme() && fact.anotherPlace().headlineNamesProgramme()
                        && fact.anotherYear().headlineNamesProgramme());
        ObjectNode decoys = line.putObject("decoys");
        for (PlantedArticle decoy : List.of(fact.anotherPlace(), fact.anotherYear())) {
            ObjectNode entry = decoys.putObject(decoy.role().label());
            entry.putArray("any").add(decoy.answer());
            entry.put("source", decoy.slot().fileName());
            entry.put("title", decoy.headline());
            entry.put("place", decoy.place().name());
            entry.put("year", decoy.year());
        }
        line.put("note", right.factSentence());
        return line;
    }

    /** Worded as a citizen asks: the township alone or with its county, and a few ways to ask for the figure. */
    private static String question(PlantedFact fact) {
        PlantedArticle right = fact.right();
        String place = fact.number() % 2 == 0 ? right.place().name() : right.place().township();
        return switch (fact.number() % 3) {
            case 0 -> "%d年%s%s标准是多少？".formatted(right.year(), place, right.programme().name());
            case 1 -> "%s%d年的%s给多少钱？".formatted(place, right.year(), right.programme().name());
            default -> "%d年%s的%s%s补多少钱？".formatted(right.year(), place, right.programme().name(),
                    right.programme().unit());
        };
    }
}
