package newsdesk.search;

/** One embedding model for the whole test run: loading it costs half a second and 170 MiB. */
final class TestModels {

    static final Embedder EMBEDDER = new Embedder();

    private TestModels() {
    }
}
