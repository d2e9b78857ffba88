#pragma once
// A checker finding: a span of the stored text the checker thinks the
// translation damaged. Offsets are code points of the stored text.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Marginalia {

// The category ids are an interface: the CLI prints them and exports carry
// them. Keep the strings stable.
enum class FindingCategory {
    Spelling,
    MergedWords,
    SplitWord,
    Casing,
    Diacritics,
    Punctuation,
    UnpairedQuote,
    Typography,
    Repetition,
    NameInconsistency,
    Untranslated,
    Truncation,
    UnknownName,
};

// Which MQM issue type a category is, as "Dimension/Type" (MQM Core names,
// as used in WMT MQM data).
QString mqmCategory(FindingCategory category);
// All categories, in the order the documentation lists them.
QList<FindingCategory> allCategories();
FindingCategory categoryFromId(const QString &id, bool *ok = nullptr);

enum class Severity { Info, Minor, Major };

QString categoryId(FindingCategory category);
QString severityId(Severity severity);

struct Finding {
    qsizetype start = 0; // code points, inclusive
    qsizetype end = 0; // code points, exclusive
    QString text;
    FindingCategory category = FindingCategory::Spelling;
    Severity severity = Severity::Minor;
    QString rule;
    QString message;
    QStringList suggestions;
};

using Findings = QList<Finding>;

} // namespace Marginalia

Q_DECLARE_METATYPE(Marginalia::Finding)
