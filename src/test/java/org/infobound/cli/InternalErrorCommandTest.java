package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infobound.engine.eval.ClaimEvaluator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spec/CHECK.md, internal errors: an exception that is a bug (here injected into the evaluator)
 * is never a verdict: the claim is reported with the exception, the other claims are decided,
 * and {@code check} exits 70. A user problem (an invalid parameter) stays "could not evaluate".
 */
class InternalErrorCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    // boom: evaluating it throws; calm: x^2 >= 0 on [0, 1] holds (true by arithmetic)
    private static final String TEXT = "claim boom forall boomx in [0, 1]: boomx >= 0\n"
            + "claim calm forall x in [0, 1]: x * x >= 0\n";

    @AfterEach
    void removeHook() {
        ClaimEvaluator.injectFault(null);
    }

    private String claims() throws Exception {
        Path p = dir.resolve("x.claims");
        Files.writeString(p, TEXT);
        return p.toString();
    }

    @Test
    void aClassCastWhileEvaluatingExitsSeventy() throws Exception {
        ClaimEvaluator.injectFault(x -> {
            if (x.inputs().containsKey("boomx")) {
                throw new ClassCastException("injected");
            }
        });
        int code = run("check", "--no-prove", "--tries", "50", "--no-progress", claims());
        assertEquals(Main.EXIT_INTERNAL, code, out + "" + err);
        String o = out.toString();
        assertTrue(o.contains("INTERNAL ERROR boom"), o);
        assertTrue(o.contains("ClassCastException: injected"), o);
        // the other claim is still decided: x * x >= 0 holds, never falsified
        assertTrue(o.contains("PASS SURVIVED     calm") || o.contains("PASS PROVED       calm"), o);
    }

    @Test
    void theJsonReportCarriesTheInternalError() throws Exception {
        ClaimEvaluator.injectFault(x -> {
            if (x.inputs().containsKey("boomx")) {
                throw new IndexOutOfBoundsException("injected");
            }
        });
        assertEquals(Main.EXIT_INTERNAL, run("check", "--no-prove", "--tries", "50", "--format", "json", claims()));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode boom = root.get("claims").get(0);
        assertEquals("internal_error", boom.get("verdict").asText());
        assertTrue(boom.get("internalError").asText().contains("IndexOutOfBoundsException"));
        assertFalse(boom.get("passed").asBoolean());
        assertEquals(1, root.get("summary").get("internal_error").asInt());
        assertEquals(70, root.get("summary").get("exitCode").asInt());
    }

    @Test
    void everyReportFormatShowsTheInternalError() throws Exception {
        ClaimEvaluator.injectFault(x -> {
            if (x.inputs().containsKey("boomx")) {
                throw new ClassCastException("injected");
            }
        });
        String[] formats = {"junit", "sarif", "latex", "html"};
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", "--no-prove", "--tries", "50",
                "--no-progress", "--no-plots"));
        for (String f : formats) {
            args.add("--report");
            args.add(f + "=" + dir.resolve("r." + f));
        }
        args.add(claims());
        assertEquals(Main.EXIT_INTERNAL, run(args.toArray(new String[0])), out + "" + err);
        assertTrue(Files.readString(dir.resolve("r.junit")).contains("type=\"INTERNAL_ERROR\""));
        assertTrue(Files.readString(dir.resolve("r.sarif")).contains("\"internal_error\""));
        for (String f : formats) {
            assertTrue(Files.readString(dir.resolve("r." + f)).contains("ClassCastException"), f);
        }
    }

    @Test
    void anInvalidParameterIsNotAnInternalError() throws Exception {
        ClaimEvaluator.injectFault(x -> {
            if (x.inputs().containsKey("boomx")) {
                throw new IllegalArgumentException("parameter out of range (injected)");
            }
        });
        int code = run("check", "--no-prove", "--tries", "50", "--no-progress", claims());
        assertEquals(Main.EXIT_OK, code, out + "" + err);
        assertFalse(out.toString().contains("INTERNAL ERROR"), out.toString());
    }
}
