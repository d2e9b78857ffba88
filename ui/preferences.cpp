#include "preferences.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");
const QString FontFamilyKey = QStringLiteral("appearance/fontFamily");
const QString FontSizeKey = QStringLiteral("appearance/fontPointSize");
const QString LineSpacingKey = QStringLiteral("appearance/lineSpacingPercent");
const QString ReadingWidthKey = QStringLiteral("appearance/readingWidth");
const QString HiddenCategoriesKey = QStringLiteral("findings/hiddenCategories");
const QString SpellLanguageKey = QStringLiteral("spelling/language");

// An integer key within [min, max], else `fallback`.
int intIn(const QSettings &settings, const QString &key, int min, int max, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

QString Preferences::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Findings Preferences::shownFindings(const Findings &findings) const
{
    if (hiddenCategories.isEmpty())
        return findings;
    Findings shown;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(shown),
                 [this](const Finding &f) { return isShown(f.category); });
    return shown;
}

QFont Preferences::readingFont() const
{
    QFont font = fontFamily.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont) : QFont(fontFamily);
    font.setPointSize(fontPointSize);
    return font;
}

Preferences Preferences::load(const QSettings &settings)
{
    const Preferences defaults;
    Preferences p;

    const QString theme = settings.value(ThemeKey).toString();
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (theme == themeId(t))
            p.theme = t;
    }

    const QString family = settings.value(FontFamilyKey).toString().trimmed();
    if (family.size() <= 200)
        p.fontFamily = family;
    p.fontPointSize = intIn(settings, FontSizeKey, MinFontPointSize, MaxFontPointSize, defaults.fontPointSize);
    p.lineSpacingPercent = intIn(settings, LineSpacingKey, MinLineSpacing, MaxLineSpacing, defaults.lineSpacingPercent);
    // 0 (fill the window) or a width in range.
    const int width = intIn(settings, ReadingWidthKey, 0, MaxReadingWidth, defaults.readingWidth);
    p.readingWidth = width == 0 || width >= MinReadingWidth ? width : defaults.readingWidth;

    // One id, several, or none: QSettings hands a single value back as a
    // string. Unknown ids (a category since removed, a typo) are skipped.
    for (const QString &id : settings.value(HiddenCategoriesKey).toStringList()) {
        bool ok = false;
        const FindingCategory category = categoryFromId(id.trimmed(), &ok);
        if (ok)
            p.hiddenCategories.insert(category);
    }

    // A dictionary code as Hunspell and Sonnet name them: "fr", "fr_FR",
    // "de_DE_frami", "ca_ES-valencia". Whether it is installed is the
    // checker's business: it takes the nearest one (SpellLanguages::pick).
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,16}){0,3}$"));
    const QString language = settings.value(SpellLanguageKey).toString().trimmed();
    if (code.match(language).hasMatch())
        p.spellLanguage = language;
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(ThemeKey, themeId(theme));
    settings.setValue(FontFamilyKey, fontFamily);
    settings.setValue(FontSizeKey, fontPointSize);
    settings.setValue(LineSpacingKey, lineSpacingPercent);
    settings.setValue(ReadingWidthKey, readingWidth);
    // In the checker's order, so the file does not change when nothing did.
    QStringList hidden;
    for (FindingCategory category : allCategories()) {
        if (hiddenCategories.contains(category))
            hidden << categoryId(category);
    }
    // An empty list would be written as "@Invalid()".
    settings.setValue(HiddenCategoriesKey, hidden.isEmpty() ? QVariant(QString()) : QVariant(hidden));
    settings.setValue(SpellLanguageKey, spellLanguage);
}

void Preferences::save() const
{
    QSettings s = settings();
    save(s);
}

QSettings Preferences::settings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                         + QStringLiteral("/marginalia.ini"),
                     QSettings::IniFormat);
}

} // namespace Marginalia::Ui
