package newsdesk.search;

/** One embedding model for the whole test run: loading it costs half a second and 170 MiB (a second session for builds, loaded on the first build, as much again). */
final class TestModels {

    /** The defaults: vectors for every passage, as the sample-page figures were measured. */
    static final EmbeddingProperties SETTINGS = new EmbeddingProperties(0, 1, VectorPolicy.ALL, 365, 256, true);
    static final Embedder EMBEDDER = new Embedder(SETTINGS);

    private TestModels() {
    }
}
