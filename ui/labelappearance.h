#pragma once
// How a label looks on screen: a tint under the text (fill), a line under it
// in one of four styles, or a box around it. Colours are fitted to the
// palette: a fill is only as strong as keeps the text readable over it, and
// a line or box is moved toward the text colour until it stands out from
// the page (4.5:1), on light and dark palettes alike. The article view and the
// label schema editor both draw with this, so the editor's samples are what
// the article shows.

#include "annotation.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>
#include <QTextCharFormat>

namespace Marginalia::Ui::LabelAppearance {

// WCAG contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b);
// The translucent tint under a filled span.
QColor fillColor(const QColor &label, const QPalette &palette);
// An opaque colour for a line or box, at least 4.5:1 against the page.
QColor strokeColor(const QColor &label, const QPalette &palette);
// The character format of a span with this look; empty for a box, which the
// view paints itself.
QTextCharFormat format(LabelStyle style, const QColor &color, const QPalette &palette);
// A small picture of "Ab" drawn with the look, for lists and combo boxes.
QIcon sample(LabelStyle style, const QColor &color, const QPalette &palette, const QFont &font);

const QList<LabelStyle> &styles();
QString styleName(LabelStyle style);
const QList<LabelKind> &kinds();
QString kindName(LabelKind kind);

} // namespace Marginalia::Ui::LabelAppearance
