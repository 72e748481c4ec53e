package org.infobound.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.infobound.report.ReportMerge;
import org.w3c.dom.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code infobound merge}: the reports of the shards of one check ({@code check --shard i/n})
 * into one report, with the gate's exit code of the whole (README "Scale-out"). All inputs have
 * one format: JSON, JUnit XML or SARIF, recognised from their content.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the JSON, JUnit or SARIF reports of `check --shard i/n` runs into one report; exit "
                + "with the gate's code of the whole check (0 pass, 1 fail, 3 invalid files, 70 internal error).")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "reports of the shards, all of one format")
    private List<Path> reports;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "write the merged report here "
            + "(default: standard output)")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        int exit;
        try {
            List<String> inputs = new ArrayList<>();
            for (Path p : reports) {
                inputs.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            String kind = null;
            for (int i = 0; i < inputs.size(); i++) {
                String k = kind(inputs.get(i), reports.get(i));
                if (kind != null && !kind.equals(k)) {
                    throw new IllegalArgumentException("the reports mix formats (" + kind + " and " + k
                            + "): merge reports of one format at a time");
                }
                kind = k;
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (kind.equals("junit")) {
                List<Document> docs = new ArrayList<>();
                for (String s : inputs) {
                    docs.add(xml(s));
                }
                exit = ReportMerge.junit(docs);
                text = serialize(docs.get(0));
            } else {
                List<JsonNode> docs = new ArrayList<>();
                for (String s : inputs) {
                    docs.add(json.readTree(s));
                }
                JsonNode merged = kind.equals("sarif") ? ReportMerge.sarif(docs) : ReportMerge.json(docs);
                exit = kind.equals("sarif") ? ReportMerge.sarifExit(merged) : ReportMerge.jsonExit(merged);
                text = json.writeValueAsString(merged) + "\n";
            }
            if (output != null) {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        } catch (Exception e) {
            err.println("error: a report cannot be read: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        return exit;
    }

    private static String kind(String text, Path p) {
        String t = text.stripLeading();
        if (t.startsWith("<")) {
            return "junit";
        }
        if (t.startsWith("{")) {
            return t.contains("\"runs\"") && t.contains("\"$schema\"") ? "sarif" : "json";
        }
        throw new IllegalArgumentException(p + " is not a JSON, JUnit or SARIF report");
    }

    private static Document xml(String s) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(s)));
    }

    private static String serialize(Document d) throws Exception {
        d.setXmlStandalone(true);
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(d), new StreamResult(w));
        return w.toString().replaceFirst("\\?>", "?>\n") + "\n";
    }
}
