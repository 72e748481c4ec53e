/**
 * Report formats over the one result model of a check run
 * ({@link org.infobound.engine.run.CheckReport}): text for people, JSON for machines. Each format
 * is a separate class; the engine knows none of them.
 */
package org.infobound.report;
