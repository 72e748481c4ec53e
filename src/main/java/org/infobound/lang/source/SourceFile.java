package org.infobound.lang.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of one claims file (or of a command-line expression) with a line index, so that
 * offsets map to {@code line:column} and diagnostics can quote the source line.
 *
 * @param name display name used in diagnostics ({@code file:line:col})
 * @param path the file on disk, if any; relative data paths ({@code empirical("x.csv")})
 *             resolve against its directory
 * @param text the full text
 */
public record SourceFile(String name, Optional<Path> path, String text) {

    public SourceFile {
        if (name == null || path == null || text == null) {
            throw new IllegalArgumentException("name, path and text must not be null");
        }
    }

    /** A source that is not a file (tests, {@code eval 'EXPR'}). */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, Optional.empty(), text);
    }

    /**
     * Reads a UTF-8 file. Malformed UTF-8 is an {@link IOException} with a clear message.
     *
     * @throws IOException if the file cannot be read or is not UTF-8
     */
    public static SourceFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceFile(file.toString(), Optional.of(file), text);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not valid UTF-8", e);
        }
    }

    /** Directory against which relative data paths resolve (the file's directory, else "."). */
    public Path baseDirectory() {
        return path.map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    }

    /** Span of {@code [start, end)}, clamped into the text. */
    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int line = lineOf(s);
        return new Span(s, e, line, s - lineStarts().get(line - 1) + 1);
    }

    /** 1-based line containing {@code offset}. */
    public int lineOf(int offset) {
        List<Integer> starts = lineStarts();
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** Text of 1-based {@code line} without its line terminator ("" if out of range). */
    public String lineText(int line) {
        List<Integer> starts = lineStarts();
        if (line < 1 || line > starts.size()) {
            return "";
        }
        int s = starts.get(line - 1);
        int e = line < starts.size() ? starts.get(line) : text.length();
        while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return text.substring(s, e);
    }

    /** Offset of the start of 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts().get(Math.max(0, Math.min(line, lineStarts().size()) - 1));
    }

    private List<Integer> lineStarts() {
        return LineIndex.of(text);
    }

    /** The text covered by {@code span}. */
    public String text(Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    /** Caches line starts per text instance (records cannot hold extra fields). */
    private static final class LineIndex {
        private static final java.util.Map<String, List<Integer>> CACHE =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

        static List<Integer> of(String text) {
            return CACHE.computeIfAbsent(text, LineIndex::compute);
        }

        private static List<Integer> compute(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            return List.copyOf(starts);
        }
    }
}
