package newsdesk.admin;

/**
 * What the index records of a page file: its content hash, which decides whether the file changed, and
 * the size and modification time it had when hashed (with the manifest's), which decide whether it must
 * be hashed again at all. A file touched but unchanged is hashed once more and not re-indexed.
 *
 * @param stamp size and modification time of the file and of the manifest; empty for a file an older
 *              build recorded by its hash alone, so it is hashed on the next refresh
 */
record PageState(String hash, String stamp) {

    /** As the commit's user data holds it: {@code hash stamp}, or the hash alone from an older build. */
    static PageState parse(String recorded) {
        int space = recorded.indexOf(' ');
        return space < 0 ? new PageState(recorded, "")
                : new PageState(recorded.substring(0, space), recorded.substring(space + 1));
    }

    String recorded() {
        return hash + " " + stamp;
    }

    boolean sameContent(PageState other) {
        return hash.equals(other.hash);
    }
}
