#pragma once
// The app-wide preferences (Settings ▸ Configure Marginalia…) as a value:
// theme, reading font and layout, which finding categories are shown, and the
// spelling language for articles that do not name theirs. They live in
// AppConfigLocation/marginalia.ini, beside the window's window.ini; whatever
// is missing or invalid there reads as its default. Project data (labels,
// dictionary, annotations) is not here: it belongs to the project file.

#include "finding.h"

#include <QFont>
#include <QSet>
#include <QSettings>
#include <QString>

namespace Marginalia::Ui {

struct Preferences {
    enum class Theme {
        System, // the platform's style and palette, following its light/dark switch
        Light,
        Dark,
    };

    static constexpr int MinFontPointSize = 6;
    static constexpr int MaxFontPointSize = 48;
    static constexpr int MinLineSpacing = 100; // percent of the font's line height
    static constexpr int MaxLineSpacing = 200;
    static constexpr int MinReadingWidth = 40; // characters
    static constexpr int MaxReadingWidth = 200;
    // What "limit the line length" starts at when it is switched on.
    static constexpr int SuggestedReadingWidth = 80;

    Theme theme = Theme::System;
    // Empty: the desktop's general font (and it follows the desktop).
    QString fontFamily;
    int fontPointSize = 12;
    int lineSpacingPercent = 100;
    // The longest line of the article text, in average character widths of
    // the reading font, the column centred in the view; 0 fills the window.
    int readingWidth = 0;
    // Hidden rather than shown, so that a category added to the checker later
    // is shown until the user hides it. Display only: hidden findings are
    // still checked, counted for the Articles panel and exported.
    QSet<FindingCategory> hiddenCategories;
    // The dictionary ("fr_FR") for articles that do not name their language;
    // empty: guess it from the text. An article whose last line names it
    // ("fr-02") is always checked in its own language: a French dictionary
    // would flag every word of an English article.
    QString spellLanguage;

    bool operator==(const Preferences &other) const = default;

    bool isShown(FindingCategory category) const { return !hiddenCategories.contains(category); }
    // The findings of the categories shown, in their order.
    Findings shownFindings(const Findings &findings) const;
    // The font of the article text: fontFamily (or the desktop's) at fontPointSize.
    QFont readingFont() const;

    // Reads every key, each checked on its own: an unknown theme, a size out
    // of range, an unknown category id or a malformed language code falls
    // back to the default of that key only.
    static Preferences load(const QSettings &settings);
    static Preferences load() { return load(settings()); }
    // Writes every key (defaults too, so the file documents itself).
    void save(QSettings &settings) const;
    void save() const;
    // AppConfigLocation/marginalia.ini.
    static QSettings settings();

    static QString themeId(Theme theme);
};

} // namespace Marginalia::Ui
