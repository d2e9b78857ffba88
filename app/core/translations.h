#pragma once
// Installs the translations of the user's language: Marginalia's own
// (marginalia_<lang>.qm) and Qt's (qtbase_<lang>.qm, for the standard
// dialogs and buttons). Marginalia's are looked for beside the program as
// it is installed (<prefix>/share/marginalia/translations, from
// <prefix>/bin) and as it is built (<build>/translations, from <build>/bin);
// Qt's where Qt keeps them (qt6-translations-l10n on Debian).

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Marginalia::Translations {

// The folders searched for marginalia_<lang>.qm, in order.
QStringList searchPaths();

// Loads and installs the translators for `locale` (its UI languages, best
// first, as QTranslator matches them), English (the plural forms of the
// sources) where Marginalia has no translation for it. Returns the language
// Marginalia's own translation was found for ("fr", "en"), or empty when
// none was found.
QString install(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Marginalia::Translations
