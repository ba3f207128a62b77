package newsdesk.feedback;

/** Where a question was asked; the JSON API is apart from the page because its clients are programs. */
public enum Channel {
    TELEGRAM("telegram"), WEB("web"), API("api");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
