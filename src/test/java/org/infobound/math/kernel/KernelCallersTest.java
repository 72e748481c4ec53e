package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every public kernel method has a caller outside the kernel (src/main/java, not
 * org/infobound/math/kernel), written as {@code Type.method(} or {@code Type::method}. A kernel
 * method nobody outside calls would be decoration, not a step a verdict rests on.
 */
class KernelCallersTest {

  private static final Class<?>[] KERNEL = {
      BonWeights.class, BoxTiling.class, Counts.class, IntRange.class, IntervalTiling.class,
      Selection.class, TieGroups.class};

  @Test
  void everyPublicKernelMethodIsCalledOutsideTheKernel() throws IOException {
    Path main = Path.of("src/main/java");
    Path kernel = main.resolve("org/infobound/math/kernel");
    String outside;
    try (Stream<Path> files = Files.walk(main)) {
      outside = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(kernel))
          .map(p -> {
            try {
              // comments do not count as callers
              return Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .collect(Collectors.joining("\n"));
    }
    try (Stream<Path> files = Files.list(kernel)) {
      assertTrue(files.count() == KERNEL.length, "a kernel class is missing from this test's list");
    }
    List<String> uncalled = new ArrayList<>();
    for (Class<?> c : KERNEL) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        String name = c.getSimpleName();
        if (!outside.contains(name + "." + m.getName() + "(")
            && !outside.contains(name + "::" + m.getName())) {
          uncalled.add(name + "." + m.getName());
        }
      }
    }
    assertTrue(uncalled.isEmpty(), "public kernel methods without a caller outside the kernel: " + uncalled);
  }
}
