package org.infobound.lang.check;

import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Ident;

/**
 * One bound name of a {@code forall} ({@code p, q in dist(2..8)} gives two, sharing the domain).
 *
 * @param name   the name
 * @param domain its domain, {@code let} uses inlined; bounds may mention earlier binders
 * @param type   the type of its values
 */
public record CheckedBinder(Ident name, Domain domain, Type type) {
}
