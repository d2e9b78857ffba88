#include "mqm.h"

#include "tokenizer.h"

#include <array>

namespace Marginalia::Mqm {

namespace {

struct Dimension {
    const char16_t *name;
    std::initializer_list<const char16_t *> types;
};

// The WMT 2021 MQM typology (Freitag et al., google/wmt-mqm-human-evaluation),
// spelled as its data files spell it.
const Dimension Typology[] = {
    {u"Accuracy", {u"Mistranslation", u"Addition", u"Omission", u"Untranslated text"}},
    {u"Fluency", {u"Spelling", u"Punctuation", u"Grammar", u"Register", u"Inconsistency", u"Character encoding"}},
    {u"Terminology", {u"Inappropriate for context", u"Inconsistent use of terminology"}},
    {u"Style", {u"Awkward"}},
    {u"Locale convention",
     {u"Name format", u"Date format", u"Time format", u"Currency format", u"Address format", u"Telephone format"}},
    {u"Non-translation", {}},
    {u"Source error", {}},
    {u"Other", {}},
};

constexpr std::array<double, 4> SeverityMultiplier = {0.0, 1.0, 5.0, 25.0}; // Neutral, Minor, Major, Critical

} // namespace

QStringList dimensions()
{
    QStringList list;
    for (const Dimension &d : Typology)
        list << QString::fromUtf16(d.name);
    return list;
}

QStringList categories()
{
    QStringList list;
    for (const Dimension &d : Typology) {
        const QString dimension = QString::fromUtf16(d.name);
        if (d.types.size() == 0)
            list << dimension;
        for (const char16_t *type : d.types)
            list << dimension + QLatin1Char('/') + QString::fromUtf16(type);
    }
    return list;
}

QString dimensionOf(const QString &category)
{
    const qsizetype slash = category.indexOf(QLatin1Char('/'));
    return (slash < 0 ? category : category.left(slash)).trimmed();
}

QString weightsId(Weights weights)
{
    return weights == Weights::Wmt2021 ? QStringLiteral("wmt2021") : QStringLiteral("mqm");
}

std::optional<Weights> weightsFromId(const QString &id)
{
    if (id == u"mqm")
        return Weights::MqmDefault;
    if (id == u"wmt2021")
        return Weights::Wmt2021;
    return std::nullopt;
}

double penalty(const MtError &error, Weights weights)
{
    const double base = SeverityMultiplier.at(std::size_t(error.severity));
    if (weights == Weights::Wmt2021) {
        if (dimensionOf(error.category).compare(u"Non-translation", Qt::CaseInsensitive) == 0)
            return 25.0;
        if (error.severity == MqmSeverity::Minor
            && error.category.compare(u"Fluency/Punctuation", Qt::CaseInsensitive) == 0)
            return 0.1;
    }
    return base;
}

int wordCount(QStringView text)
{
    return int(Tokenizer::words(text).size());
}

Score score(QStringView body, const QList<Annotation> &annotations, Weights weights)
{
    return score(wordCount(body), annotations, weights);
}

Score score(int words, const QList<Annotation> &annotations, Weights weights)
{
    Score s;
    s.words = words;
    const QStringList order = dimensions();
    QList<DimensionTotal> totals;
    for (const Annotation &a : annotations) {
        if (!a.mtError || a.orphan)
            continue;
        QString dimension = dimensionOf(a.mtError->category);
        // A category outside the typology (typed by hand, imported) keeps
        // its own dimension; case differences are not new dimensions.
        for (const QString &known : order) {
            if (known.compare(dimension, Qt::CaseInsensitive) == 0)
                dimension = known;
        }
        auto it = std::find_if(totals.begin(), totals.end(),
                               [&dimension](const DimensionTotal &t) { return t.dimension == dimension; });
        if (it == totals.end()) {
            totals.append(DimensionTotal{dimension});
            it = totals.end() - 1;
        }
        const double cost = penalty(*a.mtError, weights);
        ++it->counts[int(a.mtError->severity)];
        it->penalty += cost;
        s.penalty += cost;
        ++s.errors;
        if (a.mtError->severity == MqmSeverity::Critical)
            ++s.critical;
    }
    auto rank = [&order](const QString &dimension) {
        const qsizetype i = order.indexOf(dimension);
        return i < 0 ? order.size() : i;
    };
    std::stable_sort(totals.begin(), totals.end(), [&rank](const DimensionTotal &a, const DimensionTotal &b) {
        return rank(a.dimension) < rank(b.dimension);
    });
    s.byDimension = totals;
    if (s.words > 0) {
        s.perThousandWords = s.penalty / s.words * 1000.0;
        s.quality = (1.0 - s.penalty / s.words) * 100.0;
    }
    return s;
}

} // namespace Marginalia::Mqm
