// Capitals where a sentence does not start, lower case where one does.

#include "rules.h"
#include "trtext.h"

namespace Marginalia::Rules {

namespace {

bool isVowelInitial(const QString &word)
{
    const QString base = withoutDiacritics(word.left(1)).toLower();
    return !base.isEmpty() && QStringLiteral("aeiouyh").contains(base.front());
}

bool isLowercaseWord(const Word &w)
{
    return !w.text.isEmpty() && w.text.front().isLower();
}

} // namespace

void checkCasing(const Document &doc, const LanguageData &lang, const Lexicon &lexicon, RawFindings &out)
{
    const QList<Word> &words = doc.words();
    for (qsizetype i = 1; i < words.size(); ++i) {
        const Word &w = words.at(i);
        const Word &previous = words.at(i - 1);
        if (w.paragraph != previous.paragraph || w.position != SentencePosition::Middle || !w.isCapitalised()
            || w.isAllCaps() || !isLowercaseWord(previous))
            continue;
        const QString lower = w.text.toLower();
        // "que Ils", "que De nombreux": a pronoun or article never takes a
        // capital inside a sentence.
        // "The New York Times", "La Rochelle", "De Gaulle": a capitalised
        // article before another capital starts a name.
        const bool startsAName =
            i + 1 < words.size() && words.at(i + 1).isCapitalised() && words.at(i + 1).paragraph == w.paragraph;
        if (lang.closedClass.contains(lower) && !startsAName) {
            out.append({w.start,
                        w.end,
                        FindingCategory::Casing,
                        Severity::Minor,
                        QStringLiteral("casing.mid-sentence"),
                        RulesText::tr("“%1” has a capital in the middle of a sentence.").arg(w.text),
                        {lower}});
            continue;
        }
        if (!lang.articles.contains(previous.text) || !lexicon.isWord(lower))
            continue;
        // Multi-word names ("la Maison Blanche") keep their capitals.
        if (i + 1 < words.size() && words.at(i + 1).isCapitalised() && words.at(i + 1).paragraph == w.paragraph)
            continue;
        // "la Attaque": a French article not elided before a vowel, then a
        // capital: the translation broke "l'attaque".
        const bool brokenElision = lang.language == u"fr" && (previous.text == u"la" || previous.text == u"le")
            && isVowelInitial(w.text) && !w.text.startsWith(u'H');
        // Or the article itself uses the word in lower case elsewhere.
        const bool lowerElsewhere = doc.count(lower) > 0 && doc.midSentenceCount(w.text) <= 1;
        if (!brokenElision && !lowerElsewhere)
            continue;
        QStringList suggestions{lower};
        if (brokenElision)
            suggestions.prepend(QStringLiteral("l’") + lower);
        out.append({brokenElision ? previous.start : w.start, w.end, FindingCategory::Casing, Severity::Minor,
                    QStringLiteral("casing.common-noun"),
                    brokenElision
                        ? RulesText::tr("“%1 %2”: a capital inside the sentence and an article that should be elided.")
                              .arg(previous.text, w.text)
                        : RulesText::tr("“%1” is written in lower case elsewhere in this article.").arg(w.text),
                    suggestions});
    }

    // "russes. territoire", "2013. le premier": a full stop followed by a
    // lower-case word. Either a capital is missing or the full stop is stray
    // and cut one sentence in two.
    for (qsizetype i = 1; i < words.size(); ++i) {
        const Word &w = words.at(i);
        const Word &previous = words.at(i - 1);
        if (w.paragraph != previous.paragraph || w.position != SentencePosition::Start || !isLowercaseWord(w))
            continue;
        const QStringView between = doc.body().mid(previous.end, w.start - previous.end);
        if (!between.startsWith(u'.') || between.startsWith(QStringLiteral("..")) || between.contains(u'…'))
            continue;
        if (!between.contains(u' ') && !between.contains(u'\u00A0'))
            continue; // "Monde.fr", "example.com": not a sentence boundary
        if (lang.abbreviations.contains(previous.text.toLower()) || previous.text.size() == 1)
            continue; // "etc. et", "M. le maire"
        if (isNewsAgencyCredit(w.text))
            continue; // "… à Berlin. dpa"
        QString capitalised = w.text;
        capitalised[0] = capitalised.at(0).toUpper();
        out.append({previous.end,
                    w.end,
                    FindingCategory::Casing,
                    Severity::Minor,
                    QStringLiteral("casing.sentence-start"),
                    RulesText::tr(
                        "A full stop is followed by “%1” in lower case: either the capital is missing or the full stop "
                        "is stray and cuts a sentence in two.")
                        .arg(w.text),
                    {QStringLiteral(" ") + w.text, QStringLiteral(". ") + capitalised}});
    }
}

} // namespace Marginalia::Rules
