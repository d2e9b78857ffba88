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

} // namespace Tokenizer

} // namespace Marginalia
