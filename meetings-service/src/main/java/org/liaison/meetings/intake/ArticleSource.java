package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.liaison.contracts.PartialDate;
import org.liaison.support.input.SourceInput;

import java.time.LocalDate;

/**
 * The article as the source of every record an accept registers: where it was published, its headline, and the day
 * it was pasted (when it was read); each record adds the sentence that supports it as the quote.
 */
record ArticleSource(String url, String publisher, String title, PartialDate publishedOn, String language,
                     LocalDate accessedOn) {

    /** Whether the article can be named as a source at all: by a URL, a publisher or a headline. */
    boolean identified() {
        return url != null || publisher != null || title != null;
    }

    SourceInput input(String quote) {
        return new SourceInput(publisher, url, publishedOn, "read by article intake", title,
                Proposals.quote(quote), accessedOn, language);
    }

    /** The source as the other services' requests take it (field by field: a record's helper getters stay out). */
    ArrayNode asJson(ObjectMapper json, String quote) {
        SourceInput source = input(quote);
        ArrayNode sources = json.createArrayNode();
        ObjectNode node = sources.addObject();
        put(node, "url", source.url());
        put(node, "publisher", source.publisher());
        put(node, "title", source.title());
        put(node, "publishedOn", source.publishedOn());
        put(node, "language", source.language());
        put(node, "quote", source.quote());
        put(node, "note", source.note());
        put(node, "accessedOn", source.accessedOn());
        return sources;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
