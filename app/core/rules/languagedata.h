#pragma once
// What the rules need to know about a language: its elided prefixes, the
// closed-class words that never take a capital mid-sentence, real doubled
// words, abbreviations that end in a full stop, and its typographic
// convention. Rules that only apply to one language ask here.

#include <QSet>
#include <QString>

namespace Marginalia::Rules {

struct LanguageData {
    QString language; // "fr", "en", "de", "es", "uk", ...
    // Lowercase words that are never capitalised inside a sentence
    // (articles, pronouns, conjunctions, prepositions).
    QSet<QString> closedClass;
    // Articles/determiners after which a capitalised common noun is suspect.
    QSet<QString> articles;
    // Words that may legitimately appear twice in a row ("nous nous").
    QSet<QString> allowedRepeats;
    // Short words that end in a full stop without ending a sentence.
    QSet<QString> abbreviations;
    // Subject pronouns: "il a Kiev" is "has", not "à".
    QSet<QString> subjectPronouns;
    // Function words that often end a merged pair ("OTANet" = "OTAN et").
    QSet<QString> functionWords;
    // French spacing: (no-break) space before : ; ? ! and inside « ».
    bool frenchSpacing = false;
    // The lower-case letters of the alphabet, for spelling near-misses.
    QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    // Digits are grouped by three with a (thin) space: "1 000 000".
    bool spaceGroupsDigits = false;
    // Accent restoration applies (é/è/à/ç…, ä/ö/ü/ß, á/ñ…).
    bool restoresAccents = false;

    static LanguageData forLanguage(const QString &code);
};

// News agencies that sign their dispatches in lower case ("(dpa)", "afp"):
// a credit line, in any language, not a misspelling or a sentence start.
bool isNewsAgencyCredit(const QString &word);

} // namespace Marginalia::Rules
