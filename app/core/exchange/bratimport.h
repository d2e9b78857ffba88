#pragma once
// brat standoff import: an .ann with its .txt beside it, or a folder searched
// recursively for them, read into an ImportBatch (one article per .txt).
//
// The .txt is read as brat reads it: UTF-8 (anything else is refused, with a
// problem line), universal newlines (CR LF and CR become LF, as Python does
// before counting), offsets in code points. A byte order mark, which brat
// would count as a character, is dropped and the offsets moved back by one.
//
// What each .ann line becomes (the reverse of BratExport, so that an export
// reads back as it was written):
//   T  an annotation, its label the type with "_" read as a space. A
//      discontinuous span ("0 5;16 23") becomes ONE annotation from the first
//      start to the last end: our model has contiguous spans only, and the
//      export writes a span that crosses a line break as fragments, so a gap
//      of only white space is silently joined. A gap with text in it is
//      joined too, with a problem line saying which text it now covers.
//   R  a relation; "Claimant" from a claim to a mention sets the claimant.
//   *  an equivalence ("Alias T1 T2 T3") becomes relations of that kind
//      between neighbours (T1→T2, T2→T3).
//   A/M  Verdict, ClaimKind, CheckWorthiness make the annotation a claim;
//      MQM_severity, MQM_category an MT error; any other attribute is kept as
//      a note "[Name]" or "[Name: value]", which the export writes back as A.
//   N  the entity "DB:ID" (one per id across the batch): Wikidata ids fill
//      `wikidata`, other databases' ids are kept in `url` as "DB:ID".
//   #  AnnotatorNotes (and any other type) on a T: a note; Rating, Evidence
//      and Correction fill the claim or MT error.
//   E  events are not supported: a problem line, as is every line that
//      refers to an event or a relation (attributes, notes).
// A line that cannot be read is a problem line "file.ann:12: why"; the rest
// of the file is still read.

#include "importbatch.h"

namespace Marginalia::Exchange::BratImport {

// Reads `path` (an .ann, its .txt, or a folder). An error only when `path`
// is neither; every other trouble is a line in the batch's problems.
Result<ImportBatch> read(const QString &path);

// Reads several paths into one batch (an entity id shared across them is
// one entity); a path that cannot be read at all is a problem line.
ImportBatch read(const QStringList &paths);

} // namespace Marginalia::Exchange::BratImport
