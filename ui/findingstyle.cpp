#include "findingstyle.h"

#include <QCoreApplication>

namespace Marginalia::Ui::FindingStyle {

Family familyOf(const Finding &finding)
{
    if (finding.severity == Severity::Info)
        return Family::Information;
    switch (finding.category) {
    case FindingCategory::Spelling:
    case FindingCategory::MergedWords:
    case FindingCategory::SplitWord:
    case FindingCategory::Diacritics:
    case FindingCategory::NameInconsistency:
    case FindingCategory::Untranslated:
    case FindingCategory::UnknownName:
        return Family::Spelling;
    default:
        return Family::Grammar;
    }
}

QColor colorOf(Family family)
{
    switch (family) {
    case Family::Spelling:
        return QColor(0xd7, 0x19, 0x1c);
    case Family::Grammar:
        return QColor(0x2c, 0x7b, 0xb6);
    case Family::Information:
        return QColor(0x87, 0x87, 0x87);
    }
    return Qt::red;
}

QTextCharFormat format(const Finding &finding)
{
    const Family family = familyOf(finding);
    QTextCharFormat f;
    f.setUnderlineStyle(family == Family::Information ? QTextCharFormat::DotLine : QTextCharFormat::WaveUnderline);
    f.setUnderlineColor(colorOf(family));
    return f;
}

QString categoryName(FindingCategory category)
{
    const char *name = "";
    switch (category) {
    case FindingCategory::Spelling:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Spelling");
        break;
    case FindingCategory::MergedWords:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Merged words");
        break;
    case FindingCategory::SplitWord:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Split word");
        break;
    case FindingCategory::Casing:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Capitalisation");
        break;
    case FindingCategory::Diacritics:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Accents");
        break;
    case FindingCategory::Punctuation:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Punctuation");
        break;
    case FindingCategory::UnpairedQuote:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Unpaired quote");
        break;
    case FindingCategory::Typography:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Typography");
        break;
    case FindingCategory::Repetition:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Repeated word");
        break;
    case FindingCategory::NameInconsistency:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Name spelled two ways");
        break;
    case FindingCategory::Untranslated:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Untranslated");
        break;
    case FindingCategory::Truncation:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Truncated line");
        break;
    case FindingCategory::UnknownName:
        name = QT_TRANSLATE_NOOP("FindingStyle", "Unknown name");
        break;
    }
    return QCoreApplication::translate("FindingStyle", name);
}

} // namespace Marginalia::Ui::FindingStyle
