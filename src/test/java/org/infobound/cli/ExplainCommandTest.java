package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infobound.engine.prove.CertificateChecker;
import org.infobound.engine.prove.CertificateJson;
import org.infobound.engine.run.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest extends CliTestBase {


    @Test
    void theBestOfNBoundIsExplainedAsDataProcessingThenTheClosedForm(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("cert.json");
        assertEquals(0, run("explain", "spec/examples/bon_kl.claims", "bon_kl_bound", "--json", json.toString()), err.toString());
        assertTrue(out.toString().contains("by theorem bon_image_kl"), out.toString());
        assertTrue(out.toString().contains("by theorem closed_kl"), out.toString());
        // the written certificate replays in the independent checker
        assertTrue(CertificateChecker.check(CertificateJson.read(Files.readString(json)), Library.bundled()).isEmpty());
    }

    @Test
    void theFalseEqualityIsNotProvedAndAnUnknownClaimIsBadUsage() {
        assertEquals(1, run("explain", "spec/examples/bon_kl.claims", "bon_kl_equality"));
        assertTrue(out.toString().contains("bon_kl_equality: not proved"), out.toString());
        assertEquals(2, run("explain", "spec/examples/bon_kl.claims", "no_such_claim"));
        assertTrue(err.toString().contains("no valid claim named 'no_such_claim'"), err.toString());
    }
}
