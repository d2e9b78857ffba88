#include "finding.h"

namespace Marginalia {

namespace {

struct CategoryInfo {
    FindingCategory category;
    const char16_t *id;
    const char16_t *mqm;
};

// The ids are an interface (CLI, exports); the MQM column follows the WMT
// MQM typology (Freitag et al. 2021), see docs/checker.md.
constexpr CategoryInfo Categories[] = {
    {FindingCategory::Spelling, u"spelling", u"Fluency/Spelling"},
    {FindingCategory::MergedWords, u"merged-words", u"Fluency/Spelling"},
    {FindingCategory::SplitWord, u"split-word", u"Fluency/Spelling"},
    {FindingCategory::Casing, u"casing", u"Fluency/Spelling"},
    {FindingCategory::Diacritics, u"diacritics", u"Fluency/Spelling"},
    {FindingCategory::Punctuation, u"punctuation", u"Fluency/Punctuation"},
    {FindingCategory::UnpairedQuote, u"unpaired-quote", u"Fluency/Punctuation"},
    {FindingCategory::Typography, u"typography", u"Fluency/Punctuation"},
    {FindingCategory::Repetition, u"repetition", u"Fluency/Grammar"},
    {FindingCategory::NameInconsistency, u"name-inconsistency", u"Fluency/Inconsistency"},
    {FindingCategory::Untranslated, u"untranslated", u"Accuracy/Untranslated text"},
    {FindingCategory::Truncation, u"truncation", u"Accuracy/Omission"},
    {FindingCategory::UnknownName, u"unknown-name", u"Fluency/Spelling"},
};

const CategoryInfo &info(FindingCategory category)
{
    for (const CategoryInfo &c : Categories) {
        if (c.category == category)
            return c;
    }
    return Categories[0];
}

} // namespace

QString categoryId(FindingCategory category)
{
    return QString::fromUtf16(info(category).id);
}

QString mqmCategory(FindingCategory category)
{
    return QString::fromUtf16(info(category).mqm);
}

QList<FindingCategory> allCategories()
{
    QList<FindingCategory> list;
    for (const CategoryInfo &c : Categories)
        list << c.category;
    return list;
}

FindingCategory categoryFromId(const QString &id, bool *ok)
{
    for (const CategoryInfo &c : Categories) {
        if (id == QStringView(c.id)) {
            if (ok)
                *ok = true;
            return c.category;
        }
    }
    if (ok)
        *ok = false;
    return FindingCategory::Spelling;
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::Major:
        return QStringLiteral("major");
    }
    return {};
}

} // namespace Marginalia
