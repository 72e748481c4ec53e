package org.infobound.engine.run;
import java.lang.management.*;
import org.infobound.engine.eval.*;
import org.infobound.engine.falsify.*;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.*;
import org.infobound.lang.source.SourceFile;
public final class Harness {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    static long cpu() { return mx.getCurrentThreadCpuTime(); }
    public static void main(String[] a) throws Exception {
        String text = "let klbon(n) = log(n) - (n - 1) / n\nclaim bon forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)\n";
        SourceFile src = SourceFile.of("h.claims", text);
        ParseResult r = Parser.parse(src);
        ClaimDecl c = r.file().claims().get(0);
        ClaimEvaluator ce = new ClaimEvaluator(src, r.file(), c);
        ClaimSpace space = SpaceBuilder.build(src, ce);
        ClaimProperty prop = new ClaimProperty(ce);
        int N = 50000;
        HDraw.parts(space, N);
        {
            Instance[] xs = HDraw.draw(space, 99, N, 0.1);
            double[][] ps = new double[N][]; double[][] rs = new double[N][]; long[] ns = new long[N];
            for (int i = 0; i < N; i++) { ps[i] = ((Input.DistInput) xs[i].get("p")).approx(); rs[i] = xs[i].rewards(); ns[i] = ((Input.IntInput) xs[i].get("n")).value().longValue(); }
            org.infobound.math.discrete.HKern.run(ps, rs, ns);
        }
        for (int round = 0; round < 6; round++) {
            long t0 = cpu();
            Instance[] xs = HDraw.draw(space, round, N, round % 2 == 0 ? 0.1 : 0.8);
            long t1 = cpu();
            HDraw.seen(xs);
            long t2 = cpu();
            Trial[] out = new Trial[256];
            Instance[] blk = new Instance[256];
            for (int lo = 0; lo < N; lo += 256) {
                int n = Math.min(256, N - lo);
                System.arraycopy(xs, lo, blk, 0, n);
                prop.evaluateBlock(blk, n, out);
            }
            long t3 = cpu();
            HDraw.valid(space, xs);
            long t4 = cpu();
            HDraw.mutate(space, xs, round);
            long t5 = cpu();
            System.out.printf("round %d bias %.1f ns/try: draw %d seen %d evalBlock %d valid %d mutate %d%n", round, round % 2 == 0 ? 0.1 : 0.8,
                (t1 - t0) / N, (t2 - t1) / N, (t3 - t2) / N, (t4 - t3) / N, (t5 - t4) / N);
        }
    }
}
