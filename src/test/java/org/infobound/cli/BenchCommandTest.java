package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code infobound bench --quick}: one {@code NAME key=value ...} line per workload (format and verdicts only, no timings). */
class BenchCommandTest {

    private static String field(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }

    @Test
    void quickRunPrintsOneLinePerWorkload() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("bench", "--quick"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(6, lines.size(), out.toString());
        String number = "[0-9]+(\\.[0-9]+)?";
        assertTrue(lines.get(0).matches("exact_kl_bon_m1e6_n1e4 seconds=" + number + "( [a-z_]+=\\S+)*"), lines.get(0));
        assertTrue(lines.get(1).matches("random_search_bon_kl instances_per_s=" + number + "( [a-z_]+=\\S+)*"), lines.get(1));
        assertTrue(lines.get(2).matches("random_search_bon_kl_parallel instances_per_s=" + number + "( [a-z_]+=\\S+)*"),
                lines.get(2));
        assertTrue(lines.get(3).matches("random_search_bon_kl_routes compiled=[0-9]+( [a-z_]+=\\S+)*"), lines.get(3));
        // the flagged instances' share and cost (the interpreter's float time) and the confirmations' cost
        assertTrue(lines.get(3).matches(".* interpreted_share=[0-9.]+ .*confirmation_seconds=[0-9.]+ .*"
                + "interpreted_seconds=[0-9.]+ interpreted_time_share=[0-9.]+"), lines.get(3));
        assertTrue(lines.get(4).matches("random_search_bon_kl_interpreted instances_per_s=" + number + "( [a-z_]+=\\S+)*"),
                lines.get(4));
        // every one of the 20,000 tries of --quick went through the compiled route or was handed
        // to the interpreter; the search without the compiled route makes the same instances
        assertEquals(20_000L, Long.parseLong(field(lines.get(3), "compiled"))
                + Long.parseLong(field(lines.get(3), "interpreted")), lines.get(3));
        assertTrue(Long.parseLong(field(lines.get(3), "compiled")) > 0, lines.get(3));
        assertEquals(field(lines.get(1), "instances"), field(lines.get(4), "instances"));
        assertTrue(lines.get(4).contains(" threads=1 verdict=survived"), lines.get(4));
        assertTrue(lines.get(5).matches("refute_bon_equality seconds=" + number + "( [a-z_]+=\\S+)*"), lines.get(5));
        // the bound is true and the equality false: the verdicts are part of the line, not timings
        assertTrue(lines.get(1).contains(" threads=1 verdict=survived"), lines.get(1));
        assertTrue(lines.get(2).contains(" verdict=survived"), lines.get(2));
        // the blocked search makes the same instances on any number of threads
        assertEquals(field(lines.get(1), "instances"), field(lines.get(2), "instances"));
        assertTrue(lines.get(5).contains(" verdict=falsified shrunk=true at=n=2,p=[1/2,1/2]"), lines.get(5));
    }
}
