package org.infobound.lang.ast;

/** A top-level declaration: {@code source}, {@code let}, {@code claim} or {@code theorem}. */
public sealed interface Declaration extends Node permits SourceDecl, LetDecl, ClaimDecl {
}
