package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven entry point (spec/examples/maven-gate): a user project whose {@code mvn verify} runs
 * the packaged infobound jar on its claims. Run by maven-failsafe-plugin after {@code package};
 * the outer build passes the jar, Maven's home, the local repository and offline mode.
 */
class MavenGateIT {

    private static Path jar;
    private static Path mvn;

    @TempDir
    Path project;

    @BeforeAll
    static void locate() {
        jar = Path.of(System.getProperty("infobound.jar", "target/infobound-0.1.0.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar exists after package: " + jar);
        String home = System.getProperty("maven.home", "");
        mvn = home.isEmpty() ? Path.of("mvn") : Path.of(home, "bin", "mvn");
    }

    private record Run(int exit, String output) {
    }

    private Run verify() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(mvn.toString(), "-B", "verify", "-Dinfobound.jar=" + jar));
        String repo = System.getProperty("maven.repo.local", "");
        if (!repo.isEmpty()) {
            cmd.add("-Dmaven.repo.local=" + repo);
        }
        // the outer build passes "offline=true" (a string: the bare expression would be a Boolean)
        if (System.getProperty("maven.offline", "").endsWith("true")) {
            cmd.add("-o");
        }
        Path log = project.resolve("mvn.log");
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn verify did not finish");
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private void copyExample() throws IOException {
        Path example = Path.of("spec/examples/maven-gate");
        Files.copy(example.resolve("pom.xml"), project.resolve("pom.xml"));
        Files.createDirectories(project.resolve("claims"));
        try (var files = Files.list(example.resolve("claims"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, project.resolve("claims").resolve(f.getFileName()));
            }
        }
    }

    @Test
    void trueClaimsPassAndAFalseClaimFailsTheBuild() throws Exception {
        copyExample();
        Run ok = verify();
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().contains("gate PASS"), ok.output());
        String junit = Files.readString(project.resolve("target/infobound/TEST-infobound.xml"));
        assertTrue(junit.contains("<testsuites name=\"infobound\" tests=\"2\" failures=\"0\" errors=\"0\""), junit);

        // the published equality, without `expect falsified`: a certified counterexample fails verify
        Files.writeString(project.resolve("claims/equality.claims"), "let klbon(n) = log(n) - (n - 1) / n\n"
                + "claim bon_kl_equality forall n in 1..16, p in dist(2..4):\n"
                + "    KL(bon(p, n) || p) == klbon(n)\n");
        Run bad = verify();
        assertNotEquals(0, bad.exit(), bad.output());
        assertTrue(bad.output().contains("FAIL FALSIFIED    bon_kl_equality"), bad.output());
        assertTrue(bad.output().contains("BUILD FAILURE"), bad.output());
        String sarif = Files.readString(project.resolve("target/infobound/infobound.sarif"));
        assertTrue(sarif.contains("\"ruleId\" : \"verdict/falsified\""), sarif);
    }
}
