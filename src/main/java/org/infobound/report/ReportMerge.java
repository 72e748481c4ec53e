package org.infobound.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Merges the reports of the shards of one check ({@code check --shard i/n}) into the report of
 * the whole check (README "Scale-out"): JSON (spec/REPORT-JSON.md), JUnit XML and SARIF. Claims
 * come out in file order, then line order; the file order is the one every shard agrees on
 * (each shard lists its files in the order of the whole run), ties broken by path. File problems,
 * reported by every shard, appear once. Timing fields are the largest of the shards' (the wall
 * time of shards run side by side) for the run, and per claim as they were.
 */
public final class ReportMerge {

    private ReportMerge() {
    }

    /** The exit code of several gate results: 70 over 3 over 1 over 0 (spec/CHECK.md). */
    public static int combine(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case 0 -> 0;
            case 1 -> 1;
            case 3 -> 2;
            default -> 3; // 70 and anything unexpected
        };
    }

    /** Merges JSON reports; the result's {@code summary.exitCode} is the gate of the whole. */
    public static ObjectNode json(List<JsonNode> shards) {
        requireSameSeed(shards.stream().map(s -> s.path("summary").path("seed")).toList());
        List<List<String>> orders = new ArrayList<>();
        for (JsonNode s : shards) {
            List<String> files = new ArrayList<>();
            s.path("problems").forEach(p -> files.add(p.path("file").asText()));
            orders.add(files);
            List<String> claimFiles = new ArrayList<>();
            s.path("claims").forEach(c -> claimFiles.add(c.path("file").asText()));
            orders.add(claimFiles);
        }
        Map<String, Integer> fileRank = fileOrder(orders);
        ObjectNode out = shards.get(0).deepCopy();
        ArrayNode claims = out.putArray("claims");
        List<JsonNode> all = new ArrayList<>();
        shards.forEach(s -> s.path("claims").forEach(all::add));
        all.sort(Comparator.<JsonNode>comparingInt(c -> fileRank.get(c.path("file").asText()))
                .thenComparingInt(c -> c.path("line").asInt()));
        all.forEach(claims::add);
        ArrayNode problems = out.putArray("problems");
        Set<String> seen = new HashSet<>();
        List<JsonNode> ps = new ArrayList<>();
        shards.forEach(s -> s.path("problems").forEach(p -> {
            if (seen.add(p.path("file").asText())) {
                ps.add(p);
            }
        }));
        ps.sort(Comparator.comparingInt(p -> fileRank.get(p.path("file").asText())));
        ps.forEach(problems::add);
        ObjectNode summary = out.putObject("summary");
        JsonNode first = shards.get(0).path("summary");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) first::fields) {
            String k = e.getKey();
            switch (k) {
                case "seed" -> summary.set(k, e.getValue());
                case "gate" -> summary.put(k, "pass"); // set below with the exit code
                case "exitCode" -> summary.put(k, shards.stream().mapToInt(s -> s.path("summary").path(k).asInt())
                        .reduce(0, ReportMerge::combine));
                case "seconds" -> summary.put(k, shards.stream().mapToDouble(s -> s.path("summary").path(k).asDouble())
                        .max().orElse(0));
                default -> summary.put(k, shards.stream().mapToLong(s -> s.path("summary").path(k).asLong()).sum());
            }
        }
        summary.put("gate", summary.path("exitCode").asInt() == 0 ? "pass" : "fail");
        return out;
    }

    /** The gate exit code of a merged JSON report. */
    public static int jsonExit(JsonNode merged) {
        return merged.path("summary").path("exitCode").asInt();
    }

    /** Merges SARIF logs (one run each); the invocation's exit code is the gate of the whole. */
    public static ObjectNode sarif(List<JsonNode> shards) {
        requireSameSeed(shards.stream().map(s -> s.path("runs").path(0).path("properties").path("seed")).toList());
        Function<JsonNode, String> uri = r -> r.path("locations").path(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText();
        List<List<String>> orders = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode s : shards) {
            List<String> files = new ArrayList<>();
            for (JsonNode r : s.path("runs").path(0).path("results")) {
                files.add(uri.apply(r));
                if (seen.add(r.toString())) {
                    all.add(r);
                }
            }
            orders.add(files);
        }
        Map<String, Integer> fileRank = fileOrder(orders);
        // claims first, then file diagnostics, as in one run; each group in file and line order
        all.sort(Comparator.<JsonNode>comparingInt(r -> r.path("properties").has("claim") ? 0 : 1)
                .thenComparingInt(r -> fileRank.get(uri.apply(r)))
                .thenComparingInt(r -> r.path("locations").path(0).path("physicalLocation").path("region")
                        .path("startLine").asInt()));
        ObjectNode out = shards.get(0).deepCopy();
        ObjectNode run = (ObjectNode) out.path("runs").path(0);
        int exit = 0;
        boolean ok = true;
        for (JsonNode s : shards) {
            JsonNode inv = s.path("runs").path(0).path("invocations").path(0);
            exit = combine(exit, inv.path("exitCode").asInt());
            ok &= inv.path("executionSuccessful").asBoolean(true);
        }
        ObjectNode inv = (ObjectNode) run.path("invocations").path(0);
        inv.put("executionSuccessful", ok);
        inv.put("exitCode", exit);
        ((ObjectNode) run.path("properties")).put("gate", exit == 0 ? "pass" : "fail");
        ArrayNode results = run.putArray("results");
        all.forEach(results::add);
        return out;
    }

    /** The gate exit code of a merged SARIF log. */
    public static int sarifExit(JsonNode merged) {
        return merged.path("runs").path(0).path("invocations").path(0).path("exitCode").asInt();
    }

    /**
     * Merges JUnit XML documents into the first: test suites of the same file become one, test
     * cases in line order, counts recomputed. Returns the gate: 1 when a test failed or erred.
     */
    public static int junit(List<Document> shards) {
        Document out = shards.get(0);
        Element root = out.getDocumentElement();
        Map<String, List<Element>> cases = new LinkedHashMap<>();
        Map<String, Element> suites = new HashMap<>();
        List<List<String>> orders = new ArrayList<>();
        double time = 0;
        for (Document d : shards) {
            time = Math.max(time, number(d.getDocumentElement().getAttribute("time")));
            List<String> files = new ArrayList<>();
            for (Element suite : children(d.getDocumentElement(), "testsuite")) {
                String name = suite.getAttribute("name");
                files.add(name);
                suites.putIfAbsent(name, suite);
                List<Element> list = cases.computeIfAbsent(name, k -> new ArrayList<>());
                for (Element c : children(suite, "testcase")) {
                    boolean fileCase = "<file>".equals(c.getAttribute("name"));
                    if (!fileCase || list.stream().noneMatch(x -> "<file>".equals(x.getAttribute("name")))) {
                        list.add(c);
                    }
                }
            }
            orders.add(files);
        }
        Map<String, Integer> fileRank = fileOrder(orders);
        while (root.getFirstChild() != null) {
            root.removeChild(root.getFirstChild());
        }
        long[] total = new long[4];
        List<String> names = new ArrayList<>(cases.keySet());
        names.sort(Comparator.comparingInt(fileRank::get));
        for (String name : names) {
            Element suite = (Element) out.importNode(suites.get(name), false);
            for (Element p : children(suites.get(name), "properties")) {
                suite.appendChild(out.createTextNode("\n    "));
                suite.appendChild(out.importNode(p, true));
            }
            List<Element> list = cases.get(name);
            list.sort(Comparator.comparingInt(c -> "<file>".equals(c.getAttribute("name")) ? 0
                    : c.hasAttribute("line") ? Integer.parseInt(c.getAttribute("line")) : Integer.MAX_VALUE));
            long[] n = new long[4];
            double seconds = 0;
            for (Element c : list) {
                suite.appendChild(out.createTextNode("\n    "));
                suite.appendChild(out.importNode(c, true));
                n[0]++;
                n[1] += children(c, "failure").isEmpty() ? 0 : 1;
                n[2] += children(c, "error").isEmpty() ? 0 : 1;
                n[3] += children(c, "skipped").isEmpty() ? 0 : 1;
                seconds += number(c.getAttribute("time"));
            }
            suite.appendChild(out.createTextNode("\n  "));
            counts(suite, n, seconds);
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
            root.appendChild(out.createTextNode("\n  "));
            root.appendChild(suite);
        }
        root.appendChild(out.createTextNode("\n"));
        counts(root, total, time);
        return total[1] + total[2] > 0 ? 1 : 0;
    }

    private static void counts(Element e, long[] n, double seconds) {
        e.setAttribute("tests", Long.toString(n[0]));
        e.setAttribute("failures", Long.toString(n[1]));
        e.setAttribute("errors", Long.toString(n[2]));
        e.setAttribute("skipped", Long.toString(n[3]));
        e.setAttribute("time", String.format(java.util.Locale.ROOT, "%.3f", seconds));
    }

    private static double number(String s) {
        try {
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static void requireSameSeed(List<JsonNode> seeds) {
        if (seeds.stream().map(JsonNode::toString).distinct().count() > 1) {
            throw new IllegalArgumentException("the reports come from runs with different seeds " + seeds
                    + ": shards of one check share --seed");
        }
    }

    /**
     * One order of all files that keeps every given sequence's order (each shard lists its files
     * in the order of the whole run); where the sequences do not decide, by path.
     */
    static Map<String, Integer> fileOrder(List<List<String>> sequences) {
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        Set<String> files = new LinkedHashSet<>();
        for (List<String> seq : sequences) {
            files.addAll(seq);
            for (int i = 1; i < seq.size(); i++) {
                String a = seq.get(i - 1);
                String b = seq.get(i);
                if (!a.equals(b) && after.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b)) {
                    before.merge(b, 1, Integer::sum);
                }
            }
        }
        Comparator<String> byPath = Comparator.comparing(ReportMerge::pathKey);
        PriorityQueue<String> ready = new PriorityQueue<>(byPath);
        files.stream().filter(f -> before.getOrDefault(f, 0) == 0).forEach(ready::add);
        Map<String, Integer> rank = new HashMap<>();
        while (!ready.isEmpty()) {
            String f = ready.poll();
            rank.put(f, rank.size());
            for (String g : after.getOrDefault(f, Set.of())) {
                if (before.merge(g, -1, Integer::sum) == 0) {
                    ready.add(g);
                }
            }
        }
        List<String> rest = new ArrayList<>(files);
        rest.removeIf(rank::containsKey);
        rest.sort(byPath); // only if the shards disagree (not shards of one run)
        rest.forEach(f -> rank.put(f, rank.size()));
        return rank;
    }

    private static Path pathKey(String f) {
        try {
            return Path.of(f.startsWith("file://") ? f.substring("file://".length()) : f);
        } catch (RuntimeException e) {
            return Path.of("");
        }
    }
}
