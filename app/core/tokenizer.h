#pragma once
// Splits text into word tokens the way the checker needs them: letters,
// digits and combining marks, joined across apostrophes (l’OTAN, qu’il) and
// hyphens (a-t-il) that sit between word characters. URLs and e-mail
// addresses are not words.

#include <QList>
#include <QString>
#include <QStringView>

namespace Marginalia {

struct Token {
    qsizetype start = 0; // UTF-16 index
    qsizetype end = 0; // UTF-16 index, exclusive
};

namespace Tokenizer {

bool isApostrophe(QChar c);
bool isHyphen(QChar c);

// Word tokens of text[0, end).
QList<Token> words(QStringView text);

// Widens [start, end) (UTF-16) so that it neither starts nor ends inside a
// word, and trims surrounding whitespace: what a user meant by a sloppy
// mouse selection. A selection of only whitespace comes back empty.
Token snapToWords(QStringView text, qsizetype start, qsizetype end);

} // namespace Tokenizer

} // namespace Marginalia
