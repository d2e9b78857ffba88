#pragma once
// brat standoff export: a folder with, per article, `<document>.txt` (the
// stored text: UTF-8, LF, no byte order mark) and `<document>.ann`, plus an
// `annotation.conf` declaring the types, relations and attributes used, so
// that brat opens the folder as it is.
//
// Offsets are code points of the .txt, as brat counts them (Python 3 str).
// What goes where in the .ann:
//   T  every annotation; the type is the label name with spaces written as
//      "_" (brat types cannot hold spaces). A span that crosses a line break
//      is written as fragments ("10 15;16 25"), brat's .ann being one line
//      per annotation.
//   R  relations, and a claim's claimant mention ("Claimant Arg1:claim
//      Arg2:mention").
//   *  relations of the project's equivalence kinds (what a brat import
//      read from "*" lines): one line per group of annotations they
//      connect, declared `<REL-TYPE>:symmetric-transitive` in the conf.
//   A  a claim's Verdict, ClaimKind and CheckWorthiness; an MT error's
//      MQM_severity and MQM_category; and every note that reads "[Name]" or
//      "[Name: value]" (brat attributes an import kept as such notes).
//   N  entity links: "Reference T1 Wikidata:Q42<TAB>name"; an entity without
//      a Wikidata id uses its url when that is a "db:id" reference (what an
//      import of another database's id keeps), else "Marginalia:E<id>".
//   #  notes ("AnnotatorNotes"), a claim's rating ("Rating"), review date
//      ("Reviewed") and evidence ("Evidence": url, space, note) and an MT
//      error's correction ("Correction"). A note's line breaks become spaces.
// What brat cannot hold (notes on a whole article, a claimant that is an
// entity rather than a mention) is listed in ExportReport::dropped.

#include "exchange.h"

namespace Marginalia::Exchange::BratExport {

// `name` as a brat type, relation or attribute name: whitespace runs as "_".
QString typeName(const QString &name);
// The file base name of an article: its document id, else "article-<id>",
// with characters that file systems refuse replaced.
QString baseName(const StoredArticle &article);

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &folder);

} // namespace Marginalia::Exchange::BratExport
