package org.infobound.engine.falsify;
import org.infobound.engine.eval.Instance;
public final class HDraw {
    public static Instance[] draw(ClaimSpace space, long seed, int count, double bias) throws Exception {
        Rng rng = new Rng(seed);
        Instance[] out = new Instance[count];
        for (int i = 0; i < count; i++) out[i] = InstanceGen.draw(space, rng, bias);
        return out;
    }
    public static void parts(ClaimSpace space, int N) throws Exception {
        Rng rng = new Rng(5);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Dom d0 = InstanceGen.resolve(space.binders().get(0), new java.util.LinkedHashMap<>());
        Dom d1 = InstanceGen.resolve(space.binders().get(1), new java.util.LinkedHashMap<>());
        for (int round = 0; round < 3; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            int ks = 0;
            for (int i = 0; i < N; i++) ks += InstanceGen.alphabetSize(space, rng, false);
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < N; i++) RewardGen.draw(11, space.rewards(), rng, false);
            long t2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < N; i++) InstanceGen.drawOne(d0, 11, rng, false);
            long t3 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < N; i++) InstanceGen.drawOne(d1, 11, rng, false);
            long t4 = mx.getCurrentThreadCpuTime();
            double[][] ws = new double[N][];
            for (int i = 0; i < N; i++) { double[] w = new double[11]; for (int j = 0; j < 11; j++) w[j] = rng.gamma(1); ws[i] = w; }
            long t5 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < N; i++) Simplex.fromWeights(ws[i]);
            long t6 = mx.getCurrentThreadCpuTime();
            System.out.printf("draw parts ns: k %d rewards(11) %d int %d dist(11) %d [gamma x11 %d fromWeights %d]%n", (t1-t0)/N, (t2-t1)/N, (t3-t2)/N, (t4-t3)/N, (t5-t4)/N, (t6-t5)/N);
        }
    }
    public static int seen(Instance[] xs) {
        int c = 0;
        for (int lo = 0; lo < xs.length; lo += 2048) {
            java.util.Set<Instance> s = new java.util.HashSet<>(4096);
            for (int i = lo; i < Math.min(xs.length, lo + 2048); i++) if (s.add(xs[i])) c++;
        }
        return c;
    }
    public static int valid(ClaimSpace space, Instance[] xs) {
        int c = 0;
        for (Instance x : xs) if (InstanceGen.valid(space, x)) c++;
        return c;
    }
    public static int mutate(ClaimSpace space, Instance[] xs, long seed) {
        Rng rng = new Rng(seed); int c = 0;
        for (Instance x : xs) { try { if (Moves.mutate(x, space, rng) != null) c++; } catch (RuntimeException e) {} }
        return c;
    }
}
