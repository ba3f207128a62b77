package newsdesk.web;

import java.time.Clock;
import java.util.List;
import newsdesk.subscriptions.TopicFeed;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /feeds?topic=征兵}: a topic's newest articles as an Atom feed, for a feed reader. A controller of
 * the REST kind so that a topic that is no topic is a 400 problem from {@link ApiProblems}; the Atom type is set
 * on the answer rather than declared as what the mapping produces, so that a problem can still be written as JSON.
 */
@RestController
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final TopicFeed feeds;
    private final Clock clock;

    FeedController(TopicFeed feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping("/feeds")
    ResponseEntity<String> feed(@RequestParam(name = "topic", required = false) @Nullable String topic) {
        String parsed = feeds.topic(topic == null ? "" : topic).orElseThrow(() -> InvalidRequestException.forParameter(
                "topic", "topic must have 1 to 16 characters with at least one letter, digit or Chinese character, "
                        + "e.g. /feeds?topic=征兵"));
        List<TopicFeed.Entry> entries = feeds.entries(parsed);
        String feedUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/feeds")
                .queryParam("topic", "{topic}").encode().buildAndExpand(parsed).toUriString();
        String articleUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/articles/").toUriString();
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeed.of(parsed, entries, feedUrl, articleUrl, clock.instant()));
    }
}
