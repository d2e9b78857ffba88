#include "labelappearance.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <QTextLayout>

#include <cmath>

namespace Marginalia::Ui::LabelAppearance {

namespace {

double luminance(const QColor &c)
{
    auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// `top` over opaque `bottom` at `alpha`.
QColor blend(const QColor &top, const QColor &bottom, double alpha)
{
    auto mix = [alpha](double t, double b) { return float(t * alpha + b * (1.0 - alpha)); };
    return QColor::fromRgbF(mix(top.redF(), bottom.redF()), mix(top.greenF(), bottom.greenF()),
                            mix(top.blueF(), bottom.blueF()));
}

QString translated(const char *text)
{
    return QCoreApplication::translate("LabelAppearance", text);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor fillColor(const QColor &label, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // AAA (7:1) where the palette itself has that much; half of what it has
    // otherwise. Over a dark page a light tint eats contrast quickly, so
    // dark palettes get fainter fills than light ones.
    const double wanted = std::min(7.0, contrast(text, base) / 2.0);
    double alpha = 0.45;
    while (alpha > 0.15 && contrast(text, blend(label, base, alpha)) < wanted)
        alpha -= 0.05;
    QColor tint = label;
    tint.setAlphaF(float(alpha));
    return tint;
}

QColor strokeColor(const QColor &label, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor stroke = label.toRgb();
    stroke.setAlpha(255);
    // Toward the text colour: darker on a light page, lighter on a dark one.
    // Lines are thin (one pixel for an underline): 4.5:1, as for text.
    for (int step = 1; step <= 10 && contrast(stroke, base) < 4.5; ++step)
        stroke = blend(text, label, step / 10.0);
    return stroke;
}

QTextCharFormat format(LabelStyle style, const QColor &color, const QPalette &palette)
{
    QTextCharFormat f;
    switch (style) {
    case LabelStyle::Fill:
        f.setBackground(fillColor(color, palette));
        return f;
    case LabelStyle::Underline:
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        break;
    case LabelStyle::DashedUnderline:
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        break;
    case LabelStyle::DottedUnderline:
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        break;
    case LabelStyle::WavyUnderline:
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        break;
    case LabelStyle::Box:
        return f;
    }
    f.setUnderlineColor(strokeColor(color, palette));
    return f;
}

QIcon sample(LabelStyle style, const QColor &color, const QPalette &palette, const QFont &font)
{
    const QString text = QStringLiteral("Ab");
    QTextLayout layout(text, font);
    QTextLayout::FormatRange range{0, int(text.size()), format(style, color, palette)};
    layout.setFormats({range});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100);
    layout.endLayout();
    const QSizeF size(line.naturalTextWidth() + 8, line.height() + 4);
    QPixmap pixmap(size.toSize());
    pixmap.fill(palette.color(QPalette::Base));
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Text));
    layout.draw(&painter, QPointF(4, 2));
    if (style == LabelStyle::Box) {
        painter.setPen(QPen(strokeColor(color, palette), 1.5));
        painter.drawRoundedRect(QRectF(2.5, 1.5, line.naturalTextWidth() + 3, line.height() + 1), 2, 2);
    }
    painter.end();
    return QIcon(pixmap);
}

const QList<LabelStyle> &styles()
{
    static const QList<LabelStyle> all{
        LabelStyle::Fill,          LabelStyle::Underline, LabelStyle::DashedUnderline, LabelStyle::DottedUnderline,
        LabelStyle::WavyUnderline, LabelStyle::Box};
    return all;
}

QString styleName(LabelStyle style)
{
    switch (style) {
    case LabelStyle::Fill:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Fill"));
    case LabelStyle::Underline:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Underline"));
    case LabelStyle::DashedUnderline:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Dashed underline"));
    case LabelStyle::DottedUnderline:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Dotted underline"));
    case LabelStyle::WavyUnderline:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Wavy underline"));
    case LabelStyle::Box:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Box"));
    }
    return {};
}

const QList<LabelKind> &kinds()
{
    static const QList<LabelKind> all{LabelKind::Entity, LabelKind::Claim, LabelKind::MtError, LabelKind::Highlight};
    return all;
}

QString kindName(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Entity:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Entity"));
    case LabelKind::Claim:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Claim"));
    case LabelKind::MtError:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "MT error"));
    case LabelKind::Highlight:
        return translated(QT_TRANSLATE_NOOP("LabelAppearance", "Highlight"));
    }
    return {};
}

} // namespace Marginalia::Ui::LabelAppearance
