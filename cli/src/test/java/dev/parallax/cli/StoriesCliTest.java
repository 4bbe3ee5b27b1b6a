package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.parallax.TestData;
import dev.parallax.export.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax stories} and {@code parallax related} on a folder of real reports. */
class StoriesCliTest {
    @TempDir
    Path dir;


    @Test
    void storiesWritesJsonFollowingTheContract() throws Exception {
        Path json = dir.resolve("stories.json");
        CliRun r = CliRun.of("stories", TestData.reports("bridge-event").toString(), TestData.seeds().toString(),
                "--json", json.toString(), "--index", dir.resolve("index").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.MAPPER.readTree(json.toFile());
        Path schemaFile = TestData.contract("stories.schema.json").toAbsolutePath();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaFile.toUri(), Json.MAPPER.readTree(Files.readString(schemaFile)));
        assertEquals(java.util.Set.of(), schema.validate(doc));
        assertEquals(2, doc.get("stories").size(), doc.toPrettyString());
        assertEquals(3, doc.get("stories").get(0).get("articles").size());
        assertEquals(2, doc.get("stories").get(1).get("articles").size());
    }

    @Test
    void storiesPrintsEachStoryWithItsArticles() {
        CliRun r = CliRun.of("stories", TestData.reports("bridge-event").toString(), TestData.seeds().toString(),
                "--index", dir.resolve("index").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 stories (2 told by two or more articles)"), r.out());
        assertTrue(r.out().contains("bridge-event/daily.txt"), r.out());
    }

    @Test
    void relatedListsTheOtherReportsWithReasons() {
        CliRun r = CliRun.of("related", TestData.reports("bridge-event").resolve("wire.txt").toString(),
                TestData.reports("bridge-event").toString(), TestData.seeds().toString(),
                "--index", dir.resolve("index").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 other reports of this story among 4 articles"), r.out());
        assertTrue(r.out().contains("Okafor"), r.out());
        assertTrue(r.out().contains("quotations shared"), r.out());
    }
}
