package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContinuationNotesTest {

    private final ContinuationNotes notes = new ContinuationNotes();

    @Test
    void recognisesNotesInFullWidthAndAsciiBrackets() {
        assertThat(notes.pointsTo("（下转第二版）")).contains("第二版");
        assertThat(notes.pointsTo("(上接第 1 版)")).contains("第1版");
        assertThat(notes.continuesLater("（下转第二版）")).isTrue();
        assertThat(notes.continuesLater("（上接第一版）")).isFalse();
    }

    @Test
    void ignoresSentencesThatMerelyMentionAPage() {
        assertThat(notes.isNote("详见（下转第二版）的报道。")).isFalse();
        assertThat(notes.isNote("会议还研究了其他事项。")).isFalse();
    }
}
