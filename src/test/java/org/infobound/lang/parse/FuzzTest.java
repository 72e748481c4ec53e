package org.infobound.lang.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.source.SourceFile;
import org.infobound.lang.source.Span;
import org.junit.jupiter.api.Test;

/**
 * Seeded robustness test: mutations of the golden examples (token and character deletions,
 * insertions and swaps, truncation, random text, deep nesting, huge numbers) never make parsing
 * or checking throw or hang, and every diagnostic lies inside the input and renders.
 */
class FuzzTest {

    private static final long SEED = 20261127L;
    private static final int INPUTS = 20_000;
    /** Per-input guard against hangs; generous because the machine is shared. */
    private static final long GUARD_SECONDS = 20;

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|#[^\\n]*|[A-Za-z_][A-Za-z0-9_]*|\\d+(\\.\\d+)?([eE][+-]?\\d+)?|\"[^\"\\n]*\"|\\.\\.|\\|\\||->|~=|<=|>=|==|!=|.",
            Pattern.DOTALL);
    private static final String[] VOCABULARY = {"claim", "theorem", "let", "source", "forall", "in", "where",
        "assuming", "expect", "proved", "and", "or", "not", "implies", "within", "dist", "continuous", "fn", "kernel",
        "rewards", "distinct", "sum", "sup", "(", ")", "[", "]", "{", "}", ",", ":", "=", "==", "<=", "<", "||", "|",
        "->", "~=", "..", "^", "-", "+", "*", "/", "inf", "-inf", "pi", "e", "r", "KL", "bon", "p", "q", "n", "0",
        "1", "0.5", "1e-9", "\"x\"", "\"", "#", "\n", "ties", "index", "E", "prob", "categorical", "empirical"};
    private static final String[] HUGE = {"1e999999", "10^999999", "1e-999999", "9".repeat(20_000),
        "1e99999999999", "2^2^2^2^2^2", "0.000000000000000000000000000001", "(10^6)^(10^6)", "1/0", "0^-1"};

    @Test
    void mutatedExamplesNeverCrashHangOrMisplaceDiagnostics() throws Exception {
        List<String> seeds = examples();
        SplittableRandom rnd = new SplittableRandom(SEED);
        ExecutorService guard = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-guard");
            t.setDaemon(true);
            return t;
        });
        int withErrors = 0;
        try {
            for (int i = 0; i < INPUTS; i++) {
                String input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
                Future<CheckedFile> f = guard.submit(() -> run(input));
                CheckedFile result;
                try {
                    result = f.get(GUARD_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail("input " + i + " did not finish within " + GUARD_SECONDS + " s: " + abbreviate(input));
                    return;
                } catch (ExecutionException e) {
                    throw new AssertionError("input " + i + " threw: " + abbreviate(input), e.getCause());
                }
                withErrors += result.hasErrors() ? 1 : 0;
            }
        } finally {
            guard.shutdownNow();
        }
        assertTrue(withErrors > INPUTS / 2, "most mutants are invalid: " + withErrors);
        assertTrue(withErrors < INPUTS, "some mutants stay valid");
    }

    private static CheckedFile run(String input) {
        SourceFile src = SourceFile.of("fuzz.claims", input);
        CheckedFile f = Checker.check(Parser.parse(src));
        for (Diagnostic d : f.diagnostics()) {
            Span s = d.span();
            assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= input.length(), "span " + s.start() + ".." + s.end());
            assertEquals(src.lineOf(s.start()), s.line());
            assertEquals(s.start() - src.lineStart(s.line()) + 1, s.column());
            DiagnosticRenderer.render(src, d);
        }
        return f;
    }

    static String mutate(String text, SplittableRandom rnd) {
        int kind = rnd.nextInt(10);
        switch (kind) {
            case 0: case 1: case 2:
                return tokenMutation(text, rnd, 1 + rnd.nextInt(3));
            case 3: case 4:
                return charMutation(text, rnd, 1 + rnd.nextInt(4));
            case 5:
                return text.substring(0, rnd.nextInt(text.length() + 1));
            case 6:
                return randomText(rnd, rnd.nextInt(200));
            case 7:
                return nesting(text, rnd);
            case 8:
                return insert(text, rnd, HUGE[rnd.nextInt(HUGE.length)]);
            default:
                return tokenMutation(charMutation(text, rnd, 1), rnd, 2);
        }
    }

    private static String tokenMutation(String text, SplittableRandom rnd, int times) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int k = 0; k < times && !tokens.isEmpty(); k++) {
            int i = rnd.nextInt(tokens.size());
            switch (rnd.nextInt(3)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, " " + VOCABULARY[rnd.nextInt(VOCABULARY.length)] + " ");
                default -> {
                    int j = rnd.nextInt(tokens.size());
                    String t = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, t);
                }
            }
        }
        return String.join("", tokens);
    }

    private static String charMutation(String text, SplittableRandom rnd, int times) {
        StringBuilder b = new StringBuilder(text);
        for (int k = 0; k < times; k++) {
            int i = b.length() == 0 ? 0 : rnd.nextInt(b.length());
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(i);
                    }
                }
                case 1 -> b.insert(i, randomChar(rnd));
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(i, randomChar(rnd));
                    }
                }
            }
        }
        return b.toString();
    }

    private static char randomChar(SplittableRandom rnd) {
        int r = rnd.nextInt(10);
        if (r < 6) {
            return (char) (32 + rnd.nextInt(95));
        }
        if (r < 8) {
            return "\n\t\r\"\\|&#\u0000".charAt(rnd.nextInt(9));
        }
        return (char) rnd.nextInt(0x10000); // includes lone surrogates
    }

    private static String randomText(SplittableRandom rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(rnd.nextBoolean() ? randomChar(rnd) : VOCABULARY[rnd.nextInt(VOCABULARY.length)] + " ");
        }
        return b.toString();
    }

    private static String nesting(String text, SplittableRandom rnd) {
        int depth = 1 + rnd.nextInt(5000);
        String deep;
        switch (rnd.nextInt(6)) {
            case 0 -> deep = "(".repeat(depth) + "1" + ")".repeat(depth);
            case 1 -> deep = "-".repeat(depth) + "1";
            case 2 -> deep = "not ".repeat(depth) + "1 < 2";
            case 3 -> deep = "2" + "^2".repeat(depth);
            case 4 -> deep = "1" + " + 1".repeat(depth);
            default -> deep = "log(".repeat(depth) + "2" + ")".repeat(rnd.nextInt(depth + 1));
        }
        return rnd.nextBoolean() ? "claim deep: " + deep + " > 0\n" + text : insert(text, rnd, deep);
    }

    private static String insert(String text, SplittableRandom rnd, String piece) {
        int at = rnd.nextInt(text.length() + 1);
        return text.substring(0, at) + " " + piece + " " + text.substring(at);
    }

    /**
     * The seeds: every example file whole, and each of its declarations alone (smaller inputs
     * keep 20,000 runs fast; whole files still exercise recovery across declarations).
     */
    private static List<String> examples() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("spec/examples", "src/test/resources/claims-invalid")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".claims")).sorted().toList()) {
                    String text = Files.readString(p);
                    out.add(text);
                    for (String decl : text.split("\n(?=(claim|theorem|let|source) )")) {
                        out.add(decl);
                    }
                }
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "...";
    }
}
