package org.infobound.lang.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of one claims file (or of a command-line expression) with a line index, so that
 * offsets map to {@code line:column} and diagnostics can quote the source line. Immutable.
 * Offsets and columns count UTF-16 units; columns are 1-based.
 */
public final class SourceFile {

    private final String name;
    private final Optional<Path> path;
    private final String text;
    private final int[] lineStarts;

    /**
     * @param name display name used in diagnostics ({@code file:line:col})
     * @param path the file on disk, if any; relative data paths ({@code empirical("x.csv")})
     *             resolve against its directory
     * @param text the full text
     */
    public SourceFile(String name, Optional<Path> path, String text) {
        if (name == null || path == null || text == null) {
            throw new IllegalArgumentException("name, path and text must not be null");
        }
        this.name = name;
        this.path = path;
        this.text = text;
        this.lineStarts = index(text);
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

    /** Display name. */
    public String name() {
        return name;
    }

    /** The file on disk, if any. */
    public Optional<Path> path() {
        return path;
    }

    /** The full text. */
    public String text() {
        return text;
    }

    /** Directory against which relative data paths resolve (the file's directory, else the working directory). */
    public Path baseDirectory() {
        return path.map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    }

    /** Span of {@code [start, end)}, clamped into the text. */
    public Span span(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int line = lineOf(s);
        return new Span(s, e, line, s - lineStarts[line - 1] + 1);
    }

    /** 1-based line containing {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Offset of the start of 1-based {@code line} (clamped to the existing lines). */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** Text of 1-based {@code line} without its line terminator ("" if out of range). */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int s = lineStarts[line - 1];
        int e = line < lineStarts.length ? lineStarts[line] : text.length();
        while (e > s && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return text.substring(s, e);
    }

    /** The text covered by {@code span}. */
    public String text(Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    private static int[] index(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    @Override
    public String toString() {
        return name;
    }
}
