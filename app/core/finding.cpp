#include "finding.h"

namespace Marginalia {

QString categoryId(FindingCategory category)
{
    switch (category) {
    case FindingCategory::Spelling:
        return QStringLiteral("spelling");
    case FindingCategory::MergedWords:
        return QStringLiteral("merged-words");
    case FindingCategory::SplitWord:
        return QStringLiteral("split-word");
    case FindingCategory::Casing:
        return QStringLiteral("casing");
    case FindingCategory::Diacritics:
        return QStringLiteral("diacritics");
    case FindingCategory::Punctuation:
        return QStringLiteral("punctuation");
    case FindingCategory::UnpairedQuote:
        return QStringLiteral("unpaired-quote");
    case FindingCategory::Typography:
        return QStringLiteral("typography");
    case FindingCategory::Repetition:
        return QStringLiteral("repetition");
    case FindingCategory::NameInconsistency:
        return QStringLiteral("name-inconsistency");
    case FindingCategory::Untranslated:
        return QStringLiteral("untranslated");
    }
    return {};
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
