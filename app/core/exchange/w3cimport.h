#pragma once
// Reads W3C Web Annotations (JSON-LD) into an ImportBatch: a single
// Annotation, an AnnotationPage, an AnnotationCollection with embedded
// pages, or a JSON array of any of these. What the W3C export writes comes
// back (labels, notes, entity links, claims with their claimant, MT errors,
// relations, notes on articles); annotations from other tools bring what
// the model's vocabulary says (tagging bodies become the label, commenting
// and describing ones notes, identifying resources entity links).
//
// Annotations go to articles already in the project: the target's source
// names one by `urn:sha256:<hex>` (its text), by our document id, or by the
// address it was loaded from (the article's source path, or the local file
// of a file: IRI). The span is the TextPositionSelector's when the text
// there reads the TextQuoteSelector's quote (or when there is no quote);
// otherwise the quote is found through the project's re-anchoring
// (anchoring.h), as for a changed article. RFC 5147 character fragments
// and RangeSelectors are placed too (w3cselectors.h); positions inside a
// fragment of a structured document do not count in a plain text.
//
// Whatever cannot be placed or read is one line in `problems`
// ("news.jsonld: annotation urn:…: …"); reading goes on with the rest.

#include "importbatch.h"

#include <QByteArray>

namespace Marginalia::Exchange::W3cImport {

// Fails only when the project cannot be read; a file that cannot be read is
// a problem in the batch.
Result<ImportBatch> read(ProjectStore &store, const QStringList &paths);

// The same for bytes already in memory; `name` stands for the file in the
// problems.
Result<ImportBatch> readData(ProjectStore &store, const QString &name, const QByteArray &data);

} // namespace Marginalia::Exchange::W3cImport
