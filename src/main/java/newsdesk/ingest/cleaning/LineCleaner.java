package newsdesk.ingest.cleaning;

/** One normalisation of a single line of page text. */
@FunctionalInterface
public interface LineCleaner {

    String clean(String line);
}
