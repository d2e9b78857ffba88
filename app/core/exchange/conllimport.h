#pragma once
// CoNLL NER import: one token a line, the entity tag in the last column
// (1 column: the token alone, tagged O; 2: token and tag; 3 or more: token,
// POS… and tag), columns separated by TABs or, in a line without a TAB, by
// spaces. A blank line ends a sentence; a "-DOCSTART-" line starts a new
// article. spaCy's ".iob" layout (a sentence a line, "token|tag" or
// "token|POS|tag" items) is read too.
//
// Tags may be IOB1 (I- starts an entity unless it continues one of the same
// type; B- only between two adjacent entities of one type) or IOB2 (B- at
// every start); BIOES/BILOU's S-/U- and E-/L- are read as well. The tag types
// PER, ORG and LOC become the labels Person, Organisation and Location (the
// reverse of ConllExport::tagType); any other type is the label's name.
//
// The article text is the tokens joined by one space, one sentence a line
// (LF, ending with one), so the annotation offsets (code points) point at the
// tokens; its source format is "conll", which tells ConllExport to split it
// back exactly there. The file is read as UTF-8, or as Latin-1 when it is not
// UTF-8 (as the CoNLL-2002 files are), with a warning on each article.

#include "importbatch.h"

namespace Marginalia::Exchange::ConllImport {

// "Person" for PER, etc.
QString labelName(const QString &tagType);

// Reads the file's text; `name` (the file name) starts document ids and
// problem lines.
ImportBatch parse(const QString &text, const QString &name);

// Reads a file. An error only when it cannot be read at all.
Result<ImportBatch> read(const QString &path);

// Reads several files into one batch; a file that cannot be read at all is
// a problem line.
ImportBatch read(const QStringList &paths);

} // namespace Marginalia::Exchange::ConllImport
