package org.infobound.engine.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/** Helpers: parse a one-claim source and build instances. */
final class EvalTestSupport {

    private EvalTestSupport() {
    }

    static ClaimEvaluator claim(String text) {
        SourceFile s = SourceFile.of("test.claims", text);
        ParseResult r = Parser.parse(s);
        if (r.hasErrors()) {
            throw new IllegalArgumentException(r.diagnostics().toString());
        }
        ClaimDecl c = r.file().claims().get(0);
        return new ClaimEvaluator(s, r.file(), c);
    }

    static Input.DistInput dist(long... weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        java.util.List<BigFraction> ps = new java.util.ArrayList<>();
        for (long w : weights) {
            ps.add(new BigFraction(w, sum));
        }
        return new Input.DistInput(ps);
    }

    static Instance instance(double[] rewards, Object... nameValue) {
        Map<String, Input> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], (Input) nameValue[i + 1]);
        }
        return new Instance(rewards, m);
    }

    static List<Double> unused() {
        return List.of();
    }
}
