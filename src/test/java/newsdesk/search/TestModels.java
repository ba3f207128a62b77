package newsdesk.search;

/** One embedding model for the whole test run: loading it costs half a second and 170 MiB (a second session for builds, loaded on the first build, as much again). */
final class TestModels {

    static final Embedder EMBEDDER = new Embedder(new EmbeddingProperties(0, 1));

    private TestModels() {
    }
}
