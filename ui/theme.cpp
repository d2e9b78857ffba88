#include "theme.h"

#include <QApplication>
#include <QProxyStyle>
#include <QStyleOption>
#include <QToolTip>

namespace Marginalia::Ui::Theme {

namespace {

struct Colors {
    QColor window, windowText, base, alternateBase, text, button, light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder;
    QColor disabledText, disabledHighlight, disabledHighlightedText, disabledBase, disabledPlaceholder;
};

QPalette paletteFrom(const Colors &c)
{
    QPalette p;
    // Without a group: Active, Inactive and Disabled alike; Disabled is
    // overridden below. Inactive keeps the selection visible in a window
    // that lost focus, as Breeze does.
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.windowText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    p.setColor(QPalette::Accent, c.highlight);
#endif

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledPlaceholder);
    p.setColor(QPalette::Disabled, QPalette::Link, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::LinkVisited, c.disabledText);
    return p;
}

// Fusion outlines check boxes and radio buttons a shade darker than Window
// and fills them with Base: on a dark palette an unchecked box vanishes
// (1.1:1). Here they are outlined in a light grey (about 4:1 on Base and on
// the selection), the rest is Fusion as it is.
class DarkFusionStyle final : public QProxyStyle
{
public:
    DarkFusionStyle()
        : QProxyStyle(QStringLiteral("Fusion"))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        // Item views' check boxes come here too, as PE_IndicatorCheckBox.
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (button && (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)) {
            QStyleOptionButton outlined(*button);
            // Fusion's outline is Window.darker(140), drawn lighter(110).
            outlined.palette.setColor(QPalette::Window, QColor(0xb0, 0xb6, 0xbc));
            QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

// What the platform gave the application before Marginalia changed it.
struct Platform {
    QString style;
    QPalette toolTip;
};

const Platform &platform()
{
    static const Platform original{QApplication::style()->name(), QToolTip::palette()};
    return original;
}

bool isDarkFusion()
{
    return dynamic_cast<DarkFusionStyle *>(QApplication::style()) != nullptr;
}

// By name: the platform's style, or plain Fusion.
void setStyle(const QString &name)
{
    if (isDarkFusion() || QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

// Breeze's greys; the selection blue a shade darker than Breeze's #3daee9 so
// that white text on it is readable (5:1).
QPalette lightPalette()
{
    Colors c;
    c.window = QColor(0xef, 0xf0, 0xf1);
    c.windowText = QColor(0x23, 0x26, 0x29);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf6, 0xf7);
    c.text = c.windowText;
    c.button = QColor(0xf7, 0xf8, 0xf8);
    c.light = Qt::white;
    c.midlight = QColor(0xf7, 0xf7, 0xf7);
    c.mid = QColor(0xc4, 0xc9, 0xcd);
    c.dark = QColor(0x9f, 0xa4, 0xa8);
    c.shadow = QColor(0x6e, 0x73, 0x78);
    c.highlight = QColor(0x2b, 0x70, 0xb4);
    c.highlightedText = Qt::white;
    c.link = QColor(0x1b, 0x61, 0xab);
    c.linkVisited = QColor(0x7b, 0x3f, 0xb8);
    c.toolTipBase = QColor(0xf7, 0xf7, 0xf7);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x6b, 0x70, 0x75);
    c.disabledText = QColor(0x8c, 0x91, 0x96);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0xc4, 0xc9, 0xcd);
    c.disabledHighlightedText = QColor(0x5d, 0x61, 0x66);
    c.disabledPlaceholder = QColor(0xa8, 0xac, 0xb0);
    return paletteFrom(c);
}

// Breeze Dark's greys, Base a step darker than Window so the article stands
// out from the panels around it.
QPalette darkPalette()
{
    Colors c;
    c.window = QColor(0x2a, 0x2e, 0x32);
    // Breeze Dark's near-white: the light label tints (Event, Highlight)
    // still carry it at 4.5:1.
    c.windowText = QColor(0xfc, 0xfc, 0xfc);
    c.base = QColor(0x1b, 0x1e, 0x20);
    c.alternateBase = QColor(0x23, 0x26, 0x29);
    c.text = c.windowText;
    c.button = QColor(0x31, 0x36, 0x3b);
    c.light = QColor(0x40, 0x46, 0x4d);
    c.midlight = QColor(0x36, 0x3b, 0x40);
    c.mid = QColor(0x24, 0x28, 0x2b);
    c.dark = QColor(0x14, 0x16, 0x18);
    c.shadow = QColor(0x0b, 0x0c, 0x0d);
    c.highlight = QColor(0x2b, 0x70, 0xb4);
    c.highlightedText = Qt::white;
    c.link = QColor(0x4e, 0xa1, 0xf3);
    c.linkVisited = QColor(0xb4, 0x8e, 0xe6);
    c.toolTipBase = QColor(0x31, 0x36, 0x3b);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x9e, 0xa3, 0xa8);
    c.disabledText = QColor(0x7b, 0x80, 0x85);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0x3a, 0x3f, 0x44);
    c.disabledHighlightedText = QColor(0xa0, 0xa4, 0xa8);
    c.disabledPlaceholder = QColor(0x61, 0x66, 0x6b);
    return paletteFrom(c);
}

void apply(Preferences::Theme theme)
{
    const Platform &original = platform();
    if (theme == Preferences::Theme::System) {
        setStyle(original.style);
        // A palette that sets no role: the platform's, and it keeps following
        // the desktop when the user switches between light and dark there.
        QApplication::setPalette(QPalette());
        QToolTip::setPalette(original.toolTip);
        return;
    }
    // Fusion draws everything from the palette; the platform styles may not.
    if (theme == Preferences::Theme::Light)
        setStyle(QStringLiteral("Fusion"));
    else if (!isDarkFusion())
        QApplication::setStyle(new DarkFusionStyle); // the application owns it
    const QPalette palette = theme == Preferences::Theme::Dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
}

} // namespace Marginalia::Ui::Theme
