package newsdesk.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import newsdesk.subscriptions.TopicFeed;

/**
 * A topic's articles as an Atom document (RFC 4287), written by the JDK's XML writer so that every title and
 * excerpt is escaped however an article or a topic is worded. A page prints a month or a day; the entry's
 * {@code updated} is the first day it may have been printed, at midnight UTC (Atom wants a moment). Characters
 * XML 1.0 cannot hold at all (a PDF's form feed, U+0001), which the writer would put out as they are, are left out.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param feedUrl    this feed's own address, also its id
     * @param articleUrl the article page's address before the article id
     * @param now        the feed's time when no entry has a date
     */
    static String of(String topic, List<TopicFeed.Entry> entries, String feedUrl, String articleUrl, Instant now) {
        StringWriter xml = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("feed");
            out.writeDefaultNamespace(ATOM);
            text(out, "title", "NewsDesk：" + topic);
            text(out, "subtitle", "报纸上关于“" + topic + "”的最新报道");
            text(out, "id", feedUrl);
            link(out, "self", feedUrl);
            text(out, "updated", entries.stream().map(entry -> moment(entry.article().date())).filter(m -> m != null)
                    .max(String::compareTo).orElse(DateTimeFormatter.ISO_INSTANT.format(now)));
            out.writeStartElement("author");
            text(out, "name", "NewsDesk");
            out.writeEndElement();
            for (TopicFeed.Entry entry : entries) {
                entry(out, entry, articleUrl, now);
            }
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed could not be written to a string", e);
        }
        return xml.toString();
    }

    private static void entry(XMLStreamWriter out, TopicFeed.Entry entry, String articleUrl, Instant now)
            throws XMLStreamException {
        Article article = entry.article();
        String url = articleUrl + java.net.URLEncoder.encode(article.id(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        out.writeStartElement("entry");
        text(out, "title", article.displayTitle());
        text(out, "id", url);
        link(out, "alternate", url);
        String moment = moment(article.date());
        text(out, "updated", moment == null ? DateTimeFormatter.ISO_INSTANT.format(now) : moment);
        if (article.date().known()) {
            // The date as printed on the page (2024年1月), which the moment above rounds to a day.
            out.writeStartElement("category");
            out.writeAttribute("term", article.date().iso());
            out.writeAttribute("label", xml(article.date().printed()));
            out.writeEndElement();
        }
        text(out, "summary", entry.excerpt());
        out.writeEndElement();
    }

    private static String moment(PublicationDate date) {
        LocalDate first = date.first();
        return first == null ? null : DateTimeFormatter.ISO_INSTANT.format(first.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void text(XMLStreamWriter out, String element, String text) throws XMLStreamException {
        out.writeStartElement(element);
        out.writeCharacters(xml(text));
        out.writeEndElement();
    }

    /** The text without the characters no XML 1.0 document may contain, escaped or not. */
    static String xml(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void link(XMLStreamWriter out, String rel, String href) throws XMLStreamException {
        out.writeEmptyElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("href", href);
    }
}
