#pragma once
// A self-contained, printable HTML report: for each article its title,
// document id and language, the text with its annotations highlighted in
// their labels' colours and styles (a numbered mark after each span, nested
// and overlapping spans all shown), a legend, then the annotations, the
// claims and the MT errors as tables keyed by those numbers, and the
// article's MQM score. No script, no external file: the page opens and
// prints anywhere, and the window prints it to PDF.

#include "exchange.h"

namespace Marginalia::Exchange::HtmlReport {

// The report as HTML text (also what the window prints).
QString html(const ProjectSnapshot &snapshot, const ExportOptions &options);
Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path);

} // namespace Marginalia::Exchange::HtmlReport
