#pragma once
// The checker's rules, one function per family. Each appends what it finds;
// Checker::check() runs them all and resolves overlaps.

#include "document.h"
#include "languagedata.h"
#include "rule.h"

namespace Marginalia::Rules {

// spelling, merged-words, split-word, diacritics, untranslated, unknown-name
void checkWords(const Document &doc, const LanguageData &lang, const Lexicon &lexicon, OtherLanguages &others,
                RawFindings &out);
// casing: capitals in mid-sentence, lower case after a full stop
void checkCasing(const Document &doc, const LanguageData &lang, const Lexicon &lexicon, RawFindings &out);
// punctuation: stray/doubled marks, space before . and ,, paragraphs without final punctuation
void checkPunctuation(const Document &doc, const LanguageData &lang, RawFindings &out);
// unpaired-quote: « » “ ” ( ) [ ] per paragraph
void checkQuotes(const Document &doc, RawFindings &out);
// typography: the language's spacing and apostrophe conventions. French
// spacing follows the article's own habit unless `strictTypography` asks for
// no-break spaces everywhere (and units spaced from their numbers).
void checkTypography(const Document &doc, const LanguageData &lang, bool strictTypography, RawFindings &out);
// repetition: doubled words
void checkRepetition(const Document &doc, const LanguageData &lang, RawFindings &out);
// name-inconsistency: one name spelled two ways
void checkNames(const Document &doc, const Lexicon &lexicon, RawFindings &out);
// truncation: a line that repeats the start of another and stops
void checkTruncation(const Document &doc, RawFindings &out);

// Casefolded, accent-free, with common transliteration variants folded
// (y→i, w→v, k→c, ph→f, ff→f): "Kyiv" and "Kiev", "Noël" and "Noel" come close.
QString nameSkeleton(const QString &name);
QString withoutDiacritics(const QString &text);
int editDistance(const QString &a, const QString &b, int limit);

} // namespace Marginalia::Rules
