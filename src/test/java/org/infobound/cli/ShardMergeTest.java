package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infobound.engine.run.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --shard i/n} and {@code merge} (README "Scale-out"): three shards of
 * spec/examples, merged, give the unsharded report except timing fields; every claim is in
 * exactly one shard; the merged gate is the whole check's gate.
 */
class ShardMergeTest extends CliTestBase {

    @TempDir
    Path dir;

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode withoutTimes(JsonNode n) {
        JsonNode c = n.deepCopy();
        strip(c);
        return c;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("seconds");
        }
        n.forEach(ShardMergeTest::strip);
    }

    private JsonNode check(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("check", "--no-progress", "--tries", "200", "--format", "json"));
        a.addAll(List.of(args));
        out.getBuffer().setLength(0);
        run(a.toArray(new String[0]));
        return M.readTree(out.toString());
    }

    @Test
    void threeShardsOfTheExamplesMergeToTheUnshardedReport() throws Exception {
        JsonNode whole = check("spec/examples");
        List<String> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 1; i <= 3; i++) {
            JsonNode part = check("--shard", i + "/3", "--report", "sarif=" + dir.resolve(i + ".sarif"),
                    "--report", "junit=" + dir.resolve(i + ".xml"), "spec/examples");
            Path f = dir.resolve(i + ".json");
            Files.writeString(f, part.toString());
            files.add(f.toString());
            for (JsonNode c : part.path("claims")) {
                assertTrue(names.add(c.path("file").asText() + "#" + c.path("name").asText()), c.toString());
                total++;
            }
        }
        assertEquals(whole.path("claims").size(), total);
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(files);
        out.getBuffer().setLength(0);
        int code = run(args.toArray(new String[0]));
        assertEquals(whole.path("summary").path("exitCode").asInt(), code);
        assertEquals(withoutTimes(whole), withoutTimes(M.readTree(out.toString())));

        Path merged = dir.resolve("m.sarif");
        assertEquals(0, run("merge", "-o", merged.toString(), dir.resolve("1.sarif").toString(),
                dir.resolve("2.sarif").toString(), dir.resolve("3.sarif").toString()));
        JsonNode sarif = M.readTree(merged.toFile());
        assertEquals(total, sarif.path("runs").path(0).path("results").size());

        Path junit = dir.resolve("m.xml");
        assertEquals(0, run("merge", "-o", junit.toString(), dir.resolve("1.xml").toString(),
                dir.resolve("2.xml").toString(), dir.resolve("3.xml").toString()));
        String xml = Files.readString(junit);
        assertTrue(xml.contains("tests=\"" + total + "\""), xml.substring(0, Math.min(400, xml.length())));
    }

    @Test
    void mergedGateTakesTheWorstShard() throws Exception {
        // two claims in two shards: one meets its expectation, one does not (1 + 1 = 2 is true,
        // so `expect falsified` fails): the merged gate fails
        Path f = dir.resolve("g.claims");
        String a = "ok";
        String b = "bad";
        for (int i = 0; Shard.of(f.toString(), a, 2) == Shard.of(f.toString(), b, 2); i++) {
            b = "bad" + i;
        }
        Files.writeString(f, "claim " + a + ": 1 + 1 == 2\nclaim " + b + ": 1 + 1 == 2 expect falsified\n");
        List<String> parts = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            JsonNode part = check("--shard", i + "/2", f.toString());
            codes.add(part.path("summary").path("exitCode").asInt());
            Path p = dir.resolve("g" + i + ".json");
            Files.writeString(p, part.toString());
            parts.add(p.toString());
        }
        assertTrue(codes.contains(0) && codes.contains(1), codes.toString());
        assertEquals(1, run("merge", parts.get(0), parts.get(1)));
        assertEquals(2, run("merge", parts.get(0), dir.resolve("missing.json").toString()));
        assertEquals(2, run("check", "--shard", "3/2", f.toString()));
    }
}
