/**
 * Report formats over the one result model of a check run
 * ({@link org.infobound.engine.run.CheckReport}), each a {@link org.infobound.report.ReportListener}
 * (one result model, many renderers: spec/REPORT-JSON.md): text for people, JSON for machines ({@code spec/REPORT-JSON.md}),
 * JUnit XML for CI servers, SARIF 2.1.0 for code scanning, a LaTeX table for papers and a
 * self-contained HTML page with plots. The engine knows none of them; {@link
 * org.infobound.report.ReportFormat} names them for the command line.
 */
package org.infobound.report;
