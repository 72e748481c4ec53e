package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.infobound.engine.run.CheckReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: the mapping of verdicts to failures, errors and skipped tests. */
class JunitReportTest {

    @TempDir
    Path dir;

    private static Document xml(CheckReport r, boolean strict) throws Exception {
        String s = Fixtures.render((rep, out) -> JunitReport.write(rep, out, strict), r);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document d, String name) {
        NodeList cases = d.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    @Test
    void anUnexpectedFalsificationIsTheOnlyFailure() throws Exception {
        Document d = xml(Fixtures.mixed(), false);
        Element root = d.getDocumentElement();
        assertEquals("5", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("0", root.getAttribute("errors"));
        assertEquals("2", root.getAttribute("skipped"));
        Element failure = (Element) testcase(d, "eq").getElementsByTagName("failure").item(0);
        assertEquals("FALSIFIED", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").contains("n = 2, p = [1/2, 1/2]"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("0.13081203594"), failure.getTextContent());
        assertEquals("3", testcase(d, "eq").getAttribute("line"));
    }

    @Test
    void anExpectedRefutationAndAProofPass() throws Exception {
        Document d = xml(Fixtures.mixed(), false);
        for (String name : new String[] {"eq_expected", "proved"}) {
            Element t = testcase(d, name);
            assertEquals(0, t.getElementsByTagName("failure").getLength(), name);
            assertEquals(0, t.getElementsByTagName("skipped").getLength(), name);
            assertEquals(1, t.getElementsByTagName("system-out").getLength(), name);
        }
    }

    @Test
    void survivedAndInconclusiveAreSkippedUnlessStrict() throws Exception {
        Document lax = xml(Fixtures.mixed(), false);
        assertEquals(1, testcase(lax, "survived").getElementsByTagName("skipped").getLength());
        assertEquals(1, testcase(lax, "open").getElementsByTagName("skipped").getLength());
        Document strict = xml(Fixtures.mixed(), true);
        assertEquals("3", strict.getDocumentElement().getAttribute("failures"));
        assertEquals("0", strict.getDocumentElement().getAttribute("skipped"));
        assertEquals(1, testcase(strict, "open").getElementsByTagName("failure").getLength());
    }

    @Test
    void malformedClaimsAndFilesAreErrors() throws Exception {
        Document d = xml(Fixtures.withError(), false);
        assertEquals("2", d.getDocumentElement().getAttribute("errors"));
        Element e = (Element) testcase(d, "broken").getElementsByTagName("error").item(0);
        assertTrue(e.getTextContent().contains("error[E101]"), e.getTextContent());
    }

    @Test
    void aRealRunHasOneFailureForTheFalsifiedEquality() throws Exception {
        CheckReport r = Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS);
        Document d = xml(r, false);
        assertEquals("2", d.getDocumentElement().getAttribute("tests"));
        assertEquals("1", d.getDocumentElement().getAttribute("failures"));
        Element eq = testcase(d, "equality");
        assertEquals("FALSIFIED", ((Element) eq.getElementsByTagName("failure").item(0)).getAttribute("type"));
        assertEquals("6", eq.getAttribute("line"));
    }
}
