#pragma once
// CoNLL-2003 style NER export, IOB2: one "token<TAB>tag" line per token, a
// blank line after each sentence, and a "-DOCSTART- -X- -X- O" line (then a
// blank line) before each article.
//
// Only entity labels are written: the format is a named-entity layer, and a
// claim or an MT error spanning a sentence would push out every name in it.
// Tags are B-/I- plus the label's tag type: Person→PER, Organisation (or
// Organization)→ORG, Location→LOC, and any other label its own name with
// spaces as "_" (a label "Event" gives B-Event); ConllImport maps the three
// back.
//
// Tokens: an article imported from CoNLL (source format "conll") is already
// tokenised, one sentence a line, tokens separated by a space, so it is split
// exactly there and an import→export round trip gives the file back. Any
// other article is split at white space, then into the project's word tokens
// and single punctuation characters (a URL or e-mail address stays whole);
// sentences end at line breaks and where QTextBoundaryFinder finds an end of
// sentence. Every annotation edge is also a token edge.
//
// IOB cannot hold overlapping or nested spans: the outermost (the earliest,
// then the longest) is kept and every other is listed in
// ExportReport::dropped, as is every non-entity annotation.

#include "exchange.h"

namespace Marginalia::Exchange::ConllExport {

// "PER" for Person, etc.: the type in a B-/I- tag.
QString tagType(const QString &labelName);

struct TokenSpan {
    qint64 start = 0; // code points
    qint64 end = 0;
};

// The sentences of `text`, each a list of tokens; `pretokenized` for an
// article imported from CoNLL. `cuts` (code points) are forced token edges.
QList<QList<TokenSpan>> sentences(const QString &text, bool pretokenized, const QList<qint64> &cuts = {});

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path);

} // namespace Marginalia::Exchange::ConllExport
