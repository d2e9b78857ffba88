#pragma once
// Backend-independent language matching: picks the dictionary that serves a
// requested language from the list a backend offers.

#include <QString>
#include <QStringList>

namespace Marginalia::SpellLanguages {

// "fr" -> "fr_FR" when available, else "fr", else the first "fr_*";
// "fr-CA"/"fr_CA" -> exactly "fr_CA" if available, else as for "fr".
QString pick(const QString &requested, const QStringList &available);

// The language part of a dictionary code: "fr_FR" -> "fr".
QString languagePart(const QString &code);

} // namespace Marginalia::SpellLanguages
