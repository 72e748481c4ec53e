package org.infobound.lang.check;

import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;

/**
 * A {@code where} definition, evaluated per instance after the binders.
 *
 * @param name  the name
 * @param value its value, {@code let} uses inlined
 * @param type  its type
 */
public record CheckedDef(Ident name, Expr value, Type type) {
}
