package newsdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Arrows in the data flow only point downstream: page files → ingest → search → answer → front ends,
 * with the text rules upstream of them all.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("newsdesk");

    @Test
    void theTextRulesDependOnNoFeatureSoEveryFeatureMayUseThem() {
        noClasses().that().resideInAPackage("newsdesk.text..")
                .should().dependOnClassesThat(resideInAPackage("newsdesk..").and(not(resideInAPackage("newsdesk.text.."))))
                .check(classes);
    }

    @Test
    void theTextRulesKeepNoStateBetweenCalls() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("newsdesk.text..")
                .should().beFinal()
                .check(classes);
    }

    @Test
    void ingestKnowsNothingOfTheFeaturesDownstream() {
        noClasses().that().resideInAPackage("newsdesk.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "newsdesk.search..", "newsdesk.answer..", "newsdesk.bot..", "newsdesk.web..",
                        "newsdesk.admin..", "newsdesk.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void cleaningStepsStandAloneSoEachCanBeTestedOnASnippet() {
        noClasses().that().resideInAPackage("newsdesk.ingest.cleaning..")
                .should().dependOnClassesThat().resideInAPackage("newsdesk.ingest")
                .check(classes);
    }

    @Test
    void noOneParsesUserTextAsLuceneQuerySyntax() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene.queryparser..")
                .check(classes);
    }

    @Test
    void theBotSeesNewsDeskOnlyThroughTheAnswerEngineAndItsTypes() {
        noClasses().that().resideInAPackage("newsdesk.bot..")
                .should().dependOnClassesThat().resideInAnyPackage("newsdesk.search..", "newsdesk.web..", "newsdesk.admin..")
                .orShould().dependOnClassesThat().haveSimpleName("AnswerService")
                .check(classes);
    }

    @Test
    void theWebFrontEndIsReachedOnlyOverHttp() {
        classes().that().resideInAPackage("newsdesk.web..")
                .should().notBePublic()
                .check(classes);
        noClasses().that().resideOutsideOfPackage("newsdesk.web..")
                .should().dependOnClassesThat().resideInAPackage("newsdesk.web..")
                .check(classes);
    }
}
