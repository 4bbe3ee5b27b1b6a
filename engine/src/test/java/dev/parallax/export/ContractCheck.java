package dev.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Set;

/** The comparison contract as tests check it: the JSON Schema, then the rules the schema cannot say. */
public final class ContractCheck {
    private static JsonSchema schema;

    private ContractCheck() {
    }

    static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            // loaded with its file URI, so the schema's relative $id resolves against it
            Path file = TestData.contract("comparison.schema.json").toAbsolutePath();
            JsonNode node;
            try (InputStream in = Files.newInputStream(file)) {
                node = Json.MAPPER.readTree(in);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(file.toUri(), node);
        }
        return schema;
    }

    static Set<ValidationMessage> schemaErrors(JsonNode doc) throws IOException {
        return schema().validate(doc);
    }

    /** Schema-valid, and every span within its article with the text the article has there. */
    public static JsonNode assertValid(String json) throws IOException {
        JsonNode doc = Json.MAPPER.readTree(json);
        Set<ValidationMessage> errors = schemaErrors(doc);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
        String a = doc.path("articles").get(0).path("text").asText();
        String b = doc.path("articles").get(1).path("text").asText();
        for (JsonNode m : doc.path("matches")) {
            assertSpan(m.get("a"), a, "match a");
            assertSpan(m.get("b"), b, "match b");
        }
        for (JsonNode u : doc.path("unique")) {
            String id = u.get("article").asText();
            String text = null;
            for (JsonNode art : doc.path("articles")) {
                if (art.get("id").asText().equals(id)) {
                    text = art.get("text").asText();
                }
            }
            assertTrue(text != null, "unique passage names an article that is not there: " + id);
            assertSpan(u, text, "unique " + id);
        }
        for (String list : new String[] {"quotes", "numbers"}) {
            for (JsonNode q : doc.path(list)) {
                if (!q.get("a").isNull()) {
                    assertSpan(q.get("a"), a, list + " a");
                }
                if (!q.get("b").isNull()) {
                    assertSpan(q.get("b"), b, list + " b");
                }
            }
        }
        return doc;
    }

    static void assertSpan(JsonNode span, String text, String where) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(start <= end, where + ": start " + start + " > end " + end);
        assertTrue(end <= text.length(), where + ": end " + end + " past the text (" + text.length() + ")");
        assertEquals(text.substring(start, end), span.get("text").asText(), where + ": span text");
    }
}
