package org.infobound.math.discrete;

/** How best-of-n breaks ties between candidates with equal reward (catalogue M-Def3, F9). */
public enum Ties {
    /** Uniformly at random among the tied candidates (the M-Def3 default). */
    UNIFORM,
    /** Deterministically: the candidate with the higher outcome index wins. */
    INDEX
}
