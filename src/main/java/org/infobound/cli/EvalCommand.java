package org.infobound.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.infobound.engine.eval.ClosedValue;
import org.infobound.lang.check.CheckedExpression;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code infobound eval 'EXPR'}: evaluates a closed expression and prints its value and certified
 * enclosure. Exit 0 when it evaluates (even to an undefined value, which is printed, or to a value
 * beyond the double range, printed with its certified enclosure), 3 when the expression has
 * errors or cannot be evaluated at all (e.g. a literal too large to hold exactly), 2 on bad usage.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a closed expression: value and certified enclosure.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPR", description = "a closed expression, e.g. 'KL(bernoulli(1/2) || bernoulli(1/4))'")
    private String expression;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFile src = SourceFile.of("<expr>", expression);
        ExpressionResult parsed = Parser.parseExpression(src);
        CheckedExpression checked = Checker.checkExpression(parsed);
        boolean errors = false;
        for (Diagnostic d : checked.diagnostics()) {
            err.println(DiagnosticRenderer.render(src, d));
            errors |= d.isError();
        }
        if (errors || parsed.expr().isEmpty()) {
            err.flush();
            return Main.EXIT_INVALID;
        }
        ClosedValue v = ClosedValue.of(src, parsed.expr().get());
        switch (v.kind()) {
            case NUMBER:
                out.println("value      " + (Double.isNaN(v.value()) ? "none in doubles: " + v.text()
                        : String.format(Locale.ROOT, "%.17g", v.value())));
                out.println(v.enclosure() != null ? "enclosure  " + v.enclosure() + "  (certified)"
                        : "enclosure  none: " + v.text());
                break;
            case FAILED:
                // e.g. a literal too large to hold exactly: a clear error, never an internal message as a value
                err.println("error: cannot evaluate '" + expression + "': " + v.text()
                        + (v.text() != null && v.text().contains("BigInteger") ? " (a number too large to represent "
                                + "exactly)" : ""));
                err.flush();
                return Main.EXIT_INVALID;
            case TRUTH:
                out.println("value      " + v.text());
                break;
            default:
                out.println("value      " + v.text());
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
