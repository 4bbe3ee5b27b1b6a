package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parallax.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The event contract (schema 2) as tests check it: the JSON Schema, then the rules it cannot say. */
public final class EventContractCheck {
    private static JsonSchema schema;

    private EventContractCheck() {
    }

    static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            Path file = TestData.contract("event.schema.json").toAbsolutePath();
            JsonNode node;
            try (InputStream in = Files.newInputStream(file)) {
                node = Json.MAPPER.readTree(in);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(file.toUri(), node);
        }
        return schema;
    }

    /**
     * Schema-valid; every member within the article it names with the text the article has there; groups
     * with at most one member per article; coverage with one row per article and one cell per other article.
     */
    public static JsonNode assertValid(String json) throws IOException {
        JsonNode doc = Json.MAPPER.readTree(json);
        Set<ValidationMessage> errors = schema().validate(doc);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
        Map<String, String> texts = new HashMap<>();
        for (JsonNode a : doc.get("articles")) {
            texts.put(a.get("id").asText(), a.get("text").asText());
        }
        for (JsonNode g : doc.get("groups")) {
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode m : g.get("members")) {
                assertMember(m, texts, "group member");
                assertTrue(seen.add(m.get("article").asText()), "two members of one article in a group: " + g);
            }
        }
        for (JsonNode m : doc.get("unique")) {
            assertMember(m, texts, "unique");
        }
        for (String list : new String[] {"quotes", "numbers"}) {
            for (JsonNode q : doc.get(list)) {
                for (JsonNode m : q.get("members")) {
                    assertMember(m, texts, list);
                }
            }
        }
        JsonNode coverage = doc.get("coverage");
        assertEquals(texts.keySet(), fieldNames(coverage));
        for (String x : texts.keySet()) {
            Set<String> others = new java.util.HashSet<>(texts.keySet());
            others.remove(x);
            assertEquals(others, fieldNames(coverage.get(x)), "coverage row " + x);
        }
        return doc;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> out = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static void assertMember(JsonNode m, Map<String, String> texts, String where) {
        String text = texts.get(m.get("article").asText());
        assertNotNull(text, where + " names an article that is not there: " + m);
        int start = m.get("start").asInt();
        int end = m.get("end").asInt();
        assertTrue(start <= end && end <= text.length(), where + ": span " + start + ".." + end);
        assertEquals(text.substring(start, end), m.get("text").asText(), where + ": span text");
    }
}
