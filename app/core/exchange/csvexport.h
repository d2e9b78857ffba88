#pragma once
// CSV (RFC 4180): one row per annotation, CRLF line ends, UTF-8 (with a
// byte order mark on request, for spreadsheets that need one to read UTF-8).
// A cell that a spreadsheet would run as a formula (starting with = + - @,
// a TAB or a CR) is written with a leading apostrophe, as OWASP advises:
// an article's text must not turn into a command on the reader's machine.

#include "exchange.h"

namespace Marginalia::Exchange::CsvExport {

// The row's columns, in order (the header line).
const QStringList &columns();
// `cell` as a CSV field: neutralised, and quoted if it must be.
QString field(const QString &cell);
Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path);

} // namespace Marginalia::Exchange::CsvExport
