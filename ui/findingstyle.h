#pragma once
// How a finding looks: wavy red for spelling-type damage, wavy blue for
// grammar and punctuation, a dotted line for information (unknown names,
// typographic conventions). Red and blue stay apart for colour-blind readers;
// the line style tells information from errors without colour.

#include "finding.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

namespace Marginalia::Ui::FindingStyle {

enum class Family { Spelling, Grammar, Information };

Family familyOf(const Finding &finding);
QColor colorOf(Family family);
QTextCharFormat format(const Finding &finding);
// A short, translated name for the category ("Merged words").
QString categoryName(FindingCategory category);

} // namespace Marginalia::Ui::FindingStyle
