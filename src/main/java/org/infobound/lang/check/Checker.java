package org.infobound.lang.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Declaration;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.SourceDecl;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/**
 * The checking stage: names, arity and named arguments, types, outcome contexts, the shared
 * alphabet rule, literal parameter ranges, empty domains, duplicate names and data files
 * (see spec/DIAGNOSTICS.md). Returns values, never prints, never throws on bad input.
 */
public final class Checker {

    private Checker() {
    }

    /** Parses and checks {@code source} without a data-file content check. */
    public static CheckedFile parseAndCheck(SourceFile source) {
        return check(Parser.parse(source), DataFileCheck.NONE);
    }

    /** Checks a parsed file without a data-file content check. */
    public static CheckedFile check(ParseResult parsed) {
        return check(parsed, DataFileCheck.NONE);
    }

    /** Checks a parsed file; {@code dataCheck} reports content errors of empirical files. */
    public static CheckedFile check(ParseResult parsed, DataFileCheck dataCheck) {
        SourceFile source = parsed.source();
        Diags diags = new Diags();
        Map<String, LetDecl> lets = new LinkedHashMap<>();
        Optional<String> note = Optional.empty();
        List<ClaimDecl> claims = new ArrayList<>();
        Map<String, Ident> claimNames = new HashMap<>();
        for (Declaration d : parsed.file().declarations()) {
            if (d instanceof SourceDecl s) {
                if (note.isPresent()) {
                    diags.add(Code.E103, s.span(), "a file has at most one `source`");
                }
                note = note.or(() -> Optional.of(s.text()));
            } else if (d instanceof LetDecl l) {
                letName(l, lets, diags);
            } else if (d instanceof ClaimDecl c) {
                Ident first = claimNames.putIfAbsent(c.name().name(), c.name());
                if (first != null) {
                    diags.add(Code.E103, c.name().span(), "a claim or theorem `" + c.name().name()
                            + "` is already declared at " + first.span(), "claim names are unique in a file");
                }
                claims.add(c);
            }
        }
        TypeTable table = new TypeTable();
        ExprChecker ec = new ExprChecker(diags, table, source, Set.copyOf(lets.keySet()),
                new DataFiles(source.baseDirectory(), dataCheck));
        Inliner inliner = new Inliner(lets, diags);
        // in source order (the first definition of a name wins), so diagnostics never depend on hashing
        for (Declaration d : parsed.file().declarations()) {
            if (d instanceof LetDecl l && lets.get(l.name().name()) == l) {
                int errorsBefore = diags.errorCount();
                try {
                    guarded(() -> letBody(l, ec, inliner), l.name(), diags);
                    if (diags.errorCount() > errorsBefore) {
                        inliner.markBroken(l.name().name());
                    }
                } catch (Inliner.TooDeep e) {
                    inliner.markTooDeep(l.name().name());
                    if (!e.known) {
                        diags.add(Code.E104, l.name().span(), "`" + l.name().name() + "` nests let definitions more "
                                + "than " + Inliner.MAX_DEPTH + " levels deep (through `" + e.at + "`)",
                                "lets using lets may nest at most " + Inliner.MAX_DEPTH + " levels; shorten the chain");
                    }
                }
            }
        }
        ClaimChecker cc = new ClaimChecker(ec, inliner);
        List<CheckedClaim> checked = new ArrayList<>();
        for (ClaimDecl c : claims) {
            boolean duplicate = claimNames.get(c.name().name()) != c.name();
            try {
                guarded(() -> cc.check(c).filter(x -> !duplicate).ifPresent(checked::add), c.name(), diags);
            } catch (Inliner.TooDeep e) {
                diags.add(Code.E104, c.name().span(), "the claim nests let definitions more than " + Inliner.MAX_DEPTH
                        + " levels deep (through `" + e.at + "`)", "lets using lets may nest at most "
                        + Inliner.MAX_DEPTH + " levels; shorten the chain");
            }
        }
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(diags.list());
        all.sort(Comparator.comparingInt(x -> x.span().start()));
        return new CheckedFile(source, parsed.file(), note, checked, all);
    }

    /** Parses and checks a closed expression (no binders, no lets). */
    public static CheckedExpression checkExpression(ExpressionResult parsed) {
        TypeTable table = new TypeTable();
        if (parsed.expr().isEmpty()) {
            return new CheckedExpression(parsed.source(), Optional.empty(), Optional.empty(), table, parsed.diagnostics());
        }
        Diags diags = new Diags();
        ExprChecker ec = new ExprChecker(diags, table, parsed.source(), Set.of(),
                new DataFiles(parsed.source().baseDirectory(), DataFileCheck.NONE));
        Type t = ec.check(parsed.expr().get(), new Scope(null), null);
        if (t != null && !(t.isNumeric() || t == Type.BOOL)) {
            diags.add(Code.E301, parsed.expr().get().span(), "expected a number or a formula, found " + t.describe());
        }
        boolean ok = diags.errorCount() == 0;
        return new CheckedExpression(parsed.source(), ok ? parsed.expr() : Optional.empty(),
                ok ? Optional.ofNullable(t) : Optional.empty(), table, diags.list());
    }

    /**
     * The {@code let} definitions of a file as the checker resolves names: in source order, the
     * first definition of a name wins, and a definition that redefines a builtin is ignored. The
     * engine evaluates calls through exactly this map, so a claim is evaluated with the
     * definitions it was checked against.
     */
    public static Map<String, LetDecl> lets(org.infobound.lang.ast.ClaimsFile file) {
        Map<String, LetDecl> lets = new HashMap<>();
        Diags ignored = new Diags();
        for (Declaration d : file.declarations()) {
            if (d instanceof LetDecl l) {
                letName(l, lets, ignored);
            }
        }
        return lets;
    }

    private static void letName(LetDecl l, Map<String, LetDecl> lets, Diags diags) {
        String name = l.name().name();
        boolean reserved = l.isConstant() ? Builtins.isReservedValue(name) : Builtins.lookup(name).isPresent();
        if (reserved) {
            diags.add(Code.E105, l.name().span(), "`" + name + "` is a builtin " + (l.isConstant() ? "constant" : "function")
                    + " and cannot be redefined", "choose another name");
        } else if (lets.containsKey(name)) {
            diags.add(Code.E103, l.name().span(), "`" + name + "` is already defined at " + lets.get(name).name().span());
        } else {
            lets.put(name, l);
        }
        Set<String> params = new HashSet<>();
        for (Ident p : l.params()) {
            if (!params.add(p.name())) {
                diags.add(Code.E103, p.span(), "parameter `" + p.name() + "` appears twice");
            }
        }
    }

    private static void letBody(LetDecl l, ExprChecker ec, Inliner inliner) {
        inliner.reset();
        Scope scope = new Scope(null);
        for (Ident p : l.params()) {
            if (scope.lookup(p.name()).isEmpty()) {
                ec.declare(p, SymbolKind.BINDER, null, scope); // types are known per use, after inlining
            }
        }
        ec.check(inliner.inline(l.body()), scope, null);
    }

    private static void guarded(Runnable step, Ident where, Diags diags) {
        try {
            step.run();
        } catch (Inliner.TooLarge e) {
            diags.add(Code.E104, where.span(), "let definitions expand to more than " + Inliner.MAX_NODES
                    + " nodes here", "simplify the definitions");
        } catch (StackOverflowError e) {
            diags.add(Code.E004, where.span(), "nested too deeply to check", "split it with `let` or `where`");
        }
    }
}
