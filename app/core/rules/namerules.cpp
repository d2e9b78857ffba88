// One name, two spellings: "Kiev" and "Kyiv", "Tskhadaia" and "Tskhadaïa".

#include "rules.h"
#include "trtext.h"

#include <QHash>

namespace Marginalia::Rules {

namespace {

// "Tarrowmere’s" is "Tarrowmere": possessives are not spellings.
QString withoutPossessive(const QString &word)
{
    if (word.endsWith(QStringLiteral("’s")) || word.endsWith(QStringLiteral("'s")))
        return word.chopped(2);
    return word;
}

} // namespace

void checkNames(const Document &doc, const Lexicon &lexicon, RawFindings &out)
{
    // Words already explained as two words run together ("Duvernoya") are
    // not spellings of a name.
    QSet<qsizetype> merged;
    for (const RawFinding &f : std::as_const(out)) {
        if (f.category == FindingCategory::MergedWords)
            merged << f.end;
    }
    // Name-like forms: capitalised, not all digits, and either unknown to the
    // dictionary or capitalised in mid-sentence (a known word used as a name).
    QHash<QString, int> forms;
    QList<QString> order;
    for (const Word &w : doc.words()) {
        if (merged.contains(w.end))
            continue;
        const QString bare = withoutPossessive(Document::withoutElision(w.text));
        if (bare.size() < 4 || !bare.front().isUpper() || w.hasDigit() || bare.contains(u'-') || w.isAllCaps())
            continue;
        const bool nameLike = w.position == SentencePosition::Middle || !lexicon.isWord(bare);
        if (!nameLike)
            continue;
        if (!forms.contains(bare))
            order << bare;
        forms[bare] += 1;
    }

    // Group by closeness of skeletons: equal, or within one edit (two for
    // long names). Only forms with the same first letter and close lengths
    // can be that close: sort so each form meets only those.
    QList<std::pair<QString, QString>> keyed; // skeleton, form
    QHash<QString, qsizetype> firstSeen;
    for (const QString &form : std::as_const(order)) {
        firstSeen.insert(form, firstSeen.size());
        keyed.append({nameSkeleton(form), form});
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &x, const auto &y) {
        if (x.first.front() != y.first.front())
            return x.first.front() < y.first.front();
        return x.first.size() < y.first.size();
    });
    QHash<QString, QString> majorityOf; // form -> the spelling to suggest
    for (qsizetype i = 0; i < keyed.size(); ++i) {
        for (qsizetype j = i + 1; j < keyed.size(); ++j) {
            const QString &sa = keyed.at(i).first;
            const QString &sb = keyed.at(j).first;
            if (sb.front() != sa.front() || sb.size() - sa.size() > 2)
                break;
            const QString &a = keyed.at(i).second;
            const QString &b = keyed.at(j).second;
            const int limit = std::min(sa.size(), sb.size()) >= 7 ? 2 : 1;
            if (sa != sb && editDistance(sa, sb, limit) > limit)
                continue;
            // "Russie"/"Russes" style pairs of dictionary words are different
            // words, not one name.
            if (lexicon.isWord(a) && lexicon.isWord(b) && sa != sb)
                continue;
            // The rarer spelling is the suspect; on a tie, the later one.
            const bool aWins = forms.value(a) > forms.value(b)
                || (forms.value(a) == forms.value(b) && firstSeen.value(a) < firstSeen.value(b));
            const QString &kept = aWins ? a : b;
            const QString &suspect = aWins ? b : a;
            if (!majorityOf.contains(suspect))
                majorityOf.insert(suspect, kept);
        }
    }
    if (majorityOf.isEmpty())
        return;
    for (const Word &w : doc.words()) {
        if (merged.contains(w.end))
            continue;
        qsizetype prefix = 0;
        const QString bare = withoutPossessive(Document::withoutElision(w.text, &prefix));
        const auto it = majorityOf.constFind(bare);
        if (it == majorityOf.cend())
            continue;
        out.append({w.start + prefix,
                    w.start + prefix + bare.size(),
                    FindingCategory::NameInconsistency,
                    Severity::Minor,
                    QStringLiteral("name-inconsistency.variant"),
                    RulesText::tr(
                        "“%1” is spelled “%2” elsewhere in this article (%Ln time(s)): the same name spelled two ways?",
                        nullptr, forms.value(*it))
                        .arg(bare, *it),
                    {*it}});
    }
}

} // namespace Marginalia::Rules
