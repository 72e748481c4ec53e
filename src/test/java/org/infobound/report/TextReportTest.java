package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void shortInputsPrintWholeAndHugeExactValuesAreCutWithTheirLength() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("n", "2");
        in.put("p", "[1/2, 1/2]");
        assertEquals("{n=2, p=[1/2, 1/2]}", TextReport.brief(in));
        String huge = "[" + "7".repeat(400) + "/" + "9".repeat(400) + "]";
        in.put("q", huge);
        String b = TextReport.brief(in);
        assertTrue(b.startsWith("{n=2, p=[1/2, 1/2], q=[777"), b);
        assertTrue(b.endsWith("... (" + huge.length() + " chars; exact in --format json)}"), b);
        assertTrue(b.length() < 300, b);
    }
}
