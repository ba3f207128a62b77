package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a JSON-lines set of conversations: {"turns": [questions], "expect": [{"any": [gold]} | {"abstain":
 * true} | {"not_stated": true}] one per turn, "standalone_followup": true when the later turns name their
 * own subject and must not be rewritten}. Each line is one conversation; turns are asked in order within
 * it, either through {@link Conversations} (with memory) or one by one through the engine (without).
 */
final class ConversationSetEvaluation {

    /** @param notStated the paper covers the topic but does not print the fact: correct when not answered */
    record Expected(List<String> gold, boolean abstain, boolean notStated) {

        boolean unanswerable() {
            return abstain || notStated;
        }
    }

    record Dialogue(List<String> turns, List<Expected> expected, boolean standalone) {
    }

    record TurnOutcome(Dialogue dialogue, int position, Answer answer, boolean correct) {

        Expected expected() {
            return dialogue.expected().get(position);
        }
    }

    record Report(List<TurnOutcome> outcomes) {

        int positions() {
            return outcomes.stream().mapToInt(TurnOutcome::position).max().orElse(-1) + 1;
        }

        long count(Predicate<TurnOutcome> which) {
            return outcomes.stream().filter(which).count();
        }

        long correct(Predicate<TurnOutcome> which) {
            return outcomes.stream().filter(which).filter(TurnOutcome::correct).count();
        }
    }

    private final Conversations conversations;
    private final AnswerEngine engine;

    ConversationSetEvaluation(Conversations conversations, AnswerEngine engine) {
        this.conversations = conversations;
        this.engine = engine;
    }

    static List<Dialogue> read(Path file, JsonMapper json) throws IOException {
        List<Dialogue> dialogues = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> turns = new ArrayList<>();
            node.path("turns").forEach(turn -> turns.add(turn.asString()));
            List<Expected> expected = new ArrayList<>();
            for (JsonNode expect : node.path("expect")) {
                List<String> gold = new ArrayList<>();
                expect.path("any").forEach(value -> gold.add(value.asString()));
                expected.add(new Expected(gold, expect.path("abstain").asBoolean(false),
                        expect.path("not_stated").asBoolean(false)));
            }
            if (expected.size() != turns.size()) {
                throw new IllegalArgumentException(file + ": " + turns.size() + " turns but " + expected.size()
                        + " expectations in " + line);
            }
            dialogues.add(new Dialogue(turns, expected, node.path("standalone_followup").asBoolean(false)));
        }
        return dialogues;
    }

    Report run(List<Dialogue> dialogues, boolean withMemory) {
        List<TurnOutcome> outcomes = new ArrayList<>();
        for (int number = 0; number < dialogues.size(); number++) {
            Dialogue dialogue = dialogues.get(number);
            ConversationKey key = new ConversationKey("eval", Integer.toString(number));
            conversations.forget(key);
            for (int position = 0; position < dialogue.turns().size(); position++) {
                String turn = dialogue.turns().get(position);
                Answer answer = withMemory ? conversations.answer(key, turn) : engine.answer(turn);
                outcomes.add(new TurnOutcome(dialogue, position, answer, judge(dialogue.expected().get(position), answer)));
            }
            conversations.forget(key);
        }
        return new Report(outcomes);
    }

    private static boolean judge(Expected expected, Answer answer) {
        if (expected.notStated()) {
            return answer.status() != AnswerStatus.ANSWERED;
        }
        return GoldQuotes.judge(expected.gold(), expected.abstain(), answer);
    }
}
