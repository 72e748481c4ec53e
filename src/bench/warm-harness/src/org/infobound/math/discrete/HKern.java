package org.infobound.math.discrete;
import java.lang.management.*;
public final class HKern {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    public static void run(double[][] ps, double[][] rs, long[] ns) {
        int N = ps.length;
        for (int round = 0; round < 5; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            DiscreteLaw[] laws = new DiscreteLaw[N];
            for (int i = 0; i < N; i++) laws[i] = DiscreteLaw.categorical(ps[i], rs[i]);
            long t1 = mx.getCurrentThreadCpuTime();
            DiscreteLaw[] b = new DiscreteLaw[N];
            for (int i = 0; i < N; i++) b[i] = BestOfN.bon(laws[i], ns[i], Ties.UNIFORM);
            long t2 = mx.getCurrentThreadCpuTime();
            double s = 0;
            for (int i = 0; i < N; i++) s += Divergences.kl(b[i], laws[i]);
            long t3 = mx.getCurrentThreadCpuTime();
            int srt = 0;
            for (int i = 0; i < N; i++) srt += RewardOrder.of(laws[i].r(), laws[i].p()).probs.length;
            long t4 = mx.getCurrentThreadCpuTime();
            double s2 = 0;
            for (int i = 0; i < N; i++) s2 += Math.log(ns[i]) - (ns[i] - 1.0) / ns[i];
            long t5 = mx.getCurrentThreadCpuTime();
            System.out.printf("kern ns/try: categorical %d bon %d kl %d (sort alone %d) rhs %d  %s%n", (t1-t0)/N, (t2-t1)/N, (t3-t2)/N, (t4-t3)/N, (t5-t4)/N, s + s2 + srt > 0 ? "" : "!");
        }
    }
}
