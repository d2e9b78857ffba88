#pragma once
// The article text with every accepted correction applied: each MT error
// that carries a correction has its span replaced by it. Corrections whose
// spans overlap an earlier one cannot both apply: the first (in reading
// order) is used and the others are listed as not applied.
//
// One article is written to the path as a UTF-8 text file; several to the
// path as a folder, one <document id>.txt each.

#include "exchange.h"

namespace Marginalia::Exchange::Corrected {

// The body of `bundle`'s article with its corrections applied.
QString apply(const ArticleBundle &bundle, QStringList *notApplied = nullptr);
Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path);

} // namespace Marginalia::Exchange::Corrected
