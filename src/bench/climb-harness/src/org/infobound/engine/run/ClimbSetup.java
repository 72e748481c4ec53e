package org.infobound.engine.run;

import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Property;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/** The bench claim's search space and float property, as the check builds them. */
public final class ClimbSetup {
    public static ClaimSpace space;
    public static Property prop;

    public static void make() {
        String text = "let klbon(n) = log(n) - (n - 1) / n\nclaim bon forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)\n";
        SourceFile src = SourceFile.of("h.claims", text);
        ParseResult r = Parser.parse(src);
        ClaimDecl c = r.file().claims().get(0);
        ClaimEvaluator ce = new ClaimEvaluator(src, r.file(), c);
        space = SpaceBuilder.build(src, ce);
        prop = new ClaimProperty(ce);
    }
}
