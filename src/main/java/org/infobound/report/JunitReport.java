package org.infobound.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.ReportedDiagnostic;

/**
 * JUnit XML (the de-facto schema of Ant/Surefire reports that CI servers read): one
 * {@code testsuite} per claims file, one {@code testcase} per claim ({@code classname} the file,
 * {@code name} the claim). A FALSIFIED claim that did not expect it is a {@code failure}, ERROR
 * an {@code error}, SURVIVED/INCONCLUSIVE {@code skipped} unless strict (then a failure), an
 * expected refutation passes with its counterexample in {@code system-out}. A file with fatal
 * problems (unreadable, syntax errors) adds an error test case named {@code <file>}.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /** Writes {@code report} to {@code out}; {@code strict} turns skipped claims into failures. */
    public static void write(CheckReport report, PrintWriter out, boolean strict) {
        Map<String, List<ClaimResult>> byFile = new LinkedHashMap<>();
        report.problems().forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()));
        report.results().forEach(r -> byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "infobound");
            Tally all = new Tally();
            report.results().forEach(r -> all.add(TestOutcome.of(r, strict)));
            report.problems().stream().filter(FileProblem::fatal).forEach(p -> all.add(TestOutcome.ERROR));
            all.attributes(x, report.seconds());
            for (Map.Entry<String, List<ClaimResult>> e : byFile.entrySet()) {
                suite(x, e.getKey(), e.getValue(), fatalProblem(report, e.getKey()), report.settings().seed(), strict);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static FileProblem fatalProblem(CheckReport report, String file) {
        return report.problems().stream().filter(p -> p.fatal() && p.file().equals(file)).findFirst().orElse(null);
    }

    private static void suite(XMLStreamWriter x, String file, List<ClaimResult> results, FileProblem problem,
            long seed, boolean strict) throws XMLStreamException {
        Tally t = new Tally();
        results.forEach(r -> t.add(TestOutcome.of(r, strict)));
        if (problem != null) {
            t.add(TestOutcome.ERROR);
        }
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        t.attributes(x, results.stream().mapToDouble(ClaimResult::seconds).sum());
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "seed", Long.toString(seed));
        property(x, "strict", Boolean.toString(strict));
        x.writeCharacters("\n    ");
        x.writeEndElement();
        if (problem != null) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", file);
            x.writeAttribute("name", "<file>");
            ReportedDiagnostic first = problem.diagnostics().stream().filter(ReportedDiagnostic::isError).findFirst()
                    .orElse(null);
            if (first != null) {
                x.writeAttribute("file", first.file());
                x.writeAttribute("line", Integer.toString(first.line()));
            }
            x.writeAttribute("time", "0");
            element(x, "error", first == null ? "invalid claims file" : "invalid claims file: " + first.code().name()
                    + " at " + first.line() + ":" + first.column() + ": " + first.message(), "INVALID_FILE",
                    String.join("\n", problem.rendered()));
            x.writeEndElement();
        }
        for (ClaimResult r : results) {
            testcase(x, r, seed, strict);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void testcase(XMLStreamWriter x, ClaimResult r, long seed, boolean strict)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", r.file());
        x.writeAttribute("name", r.name());
        x.writeAttribute("file", r.file());
        x.writeAttribute("line", Integer.toString(r.line()));
        x.writeAttribute("time", seconds(r.seconds()));
        String details = Evidence.details(r, seed);
        String type = r.internal() ? "INTERNAL_ERROR" : r.verdict().kind().word();
        switch (TestOutcome.of(r, strict)) {
            case FAILURE:
                element(x, "failure", Evidence.line(r), type, details);
                break;
            case ERROR:
                element(x, "error", Evidence.line(r), type, details);
                break;
            case SKIPPED:
                x.writeCharacters("\n      ");
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", Evidence.line(r));
                element(x, "system-out", null, null, details);
                break;
            case PASSED:
                element(x, "system-out", null, null, details);
                break;
            default:
                throw new AssertionError();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String message, String type, String text)
            throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement(name);
        if (message != null) {
            x.writeAttribute("message", message);
            x.writeAttribute("type", type);
        }
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Counts per outcome for the {@code tests/failures/errors/skipped} attributes. */
    private static final class Tally {
        private final int[] counts = new int[TestOutcome.values().length];

        void add(TestOutcome o) {
            counts[o.ordinal()]++;
        }

        void attributes(XMLStreamWriter x, double seconds) throws XMLStreamException {
            int total = 0;
            for (int c : counts) {
                total += c;
            }
            x.writeAttribute("tests", Integer.toString(total));
            x.writeAttribute("failures", Integer.toString(counts[TestOutcome.FAILURE.ordinal()]));
            x.writeAttribute("errors", Integer.toString(counts[TestOutcome.ERROR.ordinal()]));
            x.writeAttribute("skipped", Integer.toString(counts[TestOutcome.SKIPPED.ordinal()]));
            x.writeAttribute("time", seconds(seconds));
        }
    }
}
