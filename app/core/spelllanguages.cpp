#include "spelllanguages.h"

namespace Marginalia::SpellLanguages {

QString languagePart(const QString &code)
{
    QString lang = code;
    lang.replace(QLatin1Char('-'), QLatin1Char('_'));
    return lang.section(QLatin1Char('_'), 0, 0).toLower();
}

QString pick(const QString &requested, const QStringList &available)
{
    QString wanted = requested.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (wanted.isEmpty())
        return {};
    const bool hasRegion = wanted.contains(QLatin1Char('_'));
    for (const QString &code : available) {
        if (hasRegion && code.compare(wanted, Qt::CaseInsensitive) == 0)
            return code;
    }
    const QString lang = languagePart(wanted);
    // The language's "home" region first (fr_FR, de_DE, uk_UA), then the bare
    // language, then English's customary en_US, then any region.
    const QStringList preferred = {lang + u'_' + lang.toUpper(), lang, lang + QStringLiteral("_US")};
    for (const QString &candidate : preferred) {
        if (available.contains(candidate))
            return candidate;
    }
    for (const QString &code : available) {
        if (languagePart(code) == lang)
            return code;
    }
    return {};
}

} // namespace Marginalia::SpellLanguages
