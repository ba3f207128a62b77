package newsdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows in the data flow only point downstream: page files (and the synthetic archive that writes
 * them) → ingest → search → answer → the question log (feedback) → front ends (bot, web, admin) → eval and
 * cli at the end (subscriptions sit between admin, whose refresh event they hear, and the bot and web page), with
 * the text rules and the measurement helpers
 * upstream of them all. Each feature has one rule naming every feature it may use; the arrows are
 * the ones the code has, so a new one fails here until it is added on purpose.
 *
 * <p>Every package a rule names must have classes ({@link #feature}): a rule about a package that
 * was renamed would otherwise pass without checking anything.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("newsdesk");

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("newsdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theTextRulesDependOnNoFeatureSoEveryFeatureMayUseThem() {
        mayDependOnlyOn("text");
    }

    @Test
    void theTextRulesKeepNoStateBetweenCalls() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(feature("text"))
                .should().beFinal()
                .check(classes);
    }

    @Test
    void theMeasurementHelpersDependOnNoFeatureSoEveryBenchmarkMayUseThem() {
        mayDependOnlyOn("measure");
    }

    @Test
    void cleaningStepsUseOnlyTheTextRulesSoEachCanBeTestedOnASnippet() {
        mayDependOnlyOn("ingest.cleaning", "text");
    }

    /** The synthetic archive writes page files, the input of everything; reading them is the others' job. */
    @Test
    void theArchiveGeneratorUsesOnlyTheTextRules() {
        mayDependOnlyOn("archive", "text");
    }

    @Test
    void ingestKnowsNothingOfTheFeaturesDownstream() {
        mayDependOnlyOn("ingest", "text");
    }

    @Test
    void searchIndexesWhatIngestGivesIt() {
        mayDependOnlyOn("search", "ingest", "text");
    }

    @Test
    void answerQuotesWhatSearchFinds() {
        mayDependOnlyOn("answer", "search", "ingest", "text");
    }

    @Test
    void theBotSeesNewsDeskOnlyThroughTheAnswerEngineAndItsTypes() {
        mayDependOnlyOn("bot", "answer", "feedback", "subscriptions", "ingest", "text", "measure");
        noClasses().that().resideInAPackage(feature("bot"))
                .should().dependOnClassesThat().haveSimpleName("AnswerService")
                .check(classes);
    }

    /**
     * web → admin points sideways, from one front end to another: the public {@code /api/pages}
     * listing asks {@code admin.IndexMaintenance} for each page's state. It is allowed here because
     * the code has it, and named so that it is seen; page states belong behind a search or ingest
     * facade that both front ends use.
     */
    @Test
    void theWebFrontEndUsesTheFeaturesUpstreamAndTheAdminPageStates() {
        mayDependOnlyOn("web", "answer", "feedback", "subscriptions", "search", "ingest", "text", "admin");
    }

    @Test
    void theWebFrontEndIsReachedOnlyOverHttp() {
        classes().that().resideInAPackage(feature("web"))
                .should().notBePublic()
                .check(classes);
        noClasses().that().resideOutsideOfPackage(feature("web"))
                .should().dependOnClassesThat().resideInAPackage(feature("web"))
                .check(classes);
    }

    /**
     * The question log keeps answers as the answer feature gives them, and knows no front end that logs them; the
     * text rules are everyone's (its export's spreadsheet cells).
     */
    @Test
    void theQuestionLogKnowsTheAnswersAndNoFrontEnd() {
        mayDependOnlyOn("feedback", "answer", "text");
    }

    /**
     * Subscriptions hear of new articles from admin's {@code ArticlesAdded} event (admin knows nothing of them),
     * match topics with search's analysis, keep chats as the question log does, and tell the bot through an event
     * of their own; the bot and the web page (its feeds) are downstream.
     */
    @Test
    void subscriptionsListenToTheRefreshAndKnowNoFrontEnd() {
        mayDependOnlyOn("subscriptions", "admin", "feedback", "search", "ingest", "text");
    }

    @Test
    void adminRefreshesTheIndexFromThePageFiles() {
        mayDependOnlyOn("admin", "search", "ingest");
    }

    /**
     * eval → feedback on purpose: {@code eval --questions} reads a feedback export as a regression set, and reads its
     * rows as the export writes them ({@code feedback.FeedbackRow}), so the two cannot drift apart.
     */
    @Test
    void theEvaluationsMeasureTheAnswersOnAFreshIndex() {
        mayDependOnlyOn("eval", "answer", "search", "ingest", "admin", "feedback", "text", "measure");
    }

    @Test
    void theCommandLineAsksTheAnswerEngineOnAFreshIndex() {
        mayDependOnlyOn("cli", "answer", "admin");
    }

    @Test
    void noOneParsesUserTextAsLuceneQuerySyntax() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene.queryparser..")
                .check(classes);
    }

    /** Classes of {@code newsdesk.<name>} may use their own package, those named, and any library. */
    private void mayDependOnlyOn(String name, String... upstream) {
        String[] allowed = Stream.concat(Stream.of(name), Stream.of(upstream)).map(this::feature).toArray(String[]::new);
        classes().that().resideInAPackage(feature(name))
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("newsdesk..").or(resideInAnyPackage(allowed)))
                .check(classes);
    }

    /** The package pattern of {@code newsdesk.<name>} and its subpackages, which must hold classes. */
    private String feature(String name) {
        String pkg = "newsdesk." + name;
        assertThat(classes.stream().map(c -> c.getPackageName())
                .anyMatch(p -> p.equals(pkg) || p.startsWith(pkg + ".")))
                .as("package %s has classes (was it renamed? then rename it in this rule too)", pkg)
                .isTrue();
        return pkg + "..";
    }
}
