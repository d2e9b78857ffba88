#pragma once
// One interface over the two real spell backends: KDE Sonnet (KF6) where it
// is packaged, libhunspell directly where it is not (Debian 12). Which one is
// compiled in is decided by CMake (MARGINALIA_SPELL_BACKEND).
//
// A backend object is used from one thread only: neither Hunspell 1.7.1 nor
// Sonnet's plugin cache is safe for concurrent use.

#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Marginalia {

class SpellBackend
{
public:
    virtual ~SpellBackend() = default;

    // "hunspell" or "sonnet".
    virtual QString backendName() const = 0;
    // The dictionary in use: a file path (Hunspell) or a dictionary code
    // with its provider (Sonnet).
    virtual QString dictionary() const = 0;
    // The dictionary's language code, e.g. "fr_FR".
    virtual QString language() const = 0;

    virtual bool isCorrect(const QString &word) const = 0;
    virtual QStringList suggest(const QString &word) const = 0;
    // Accepts `word` for the rest of this session (project dictionary).
    virtual void addWord(const QString &word) = 0;
};

namespace SpellBackends {

// The backend compiled into this build: "hunspell" or "sonnet".
QString compiledBackend();

// Dictionary codes this backend can load, e.g. {"en_US", "fr_FR", ...}.
QStringList availableLanguages();

// Maps a language ("fr") or dictionary ("fr_FR", "fr-FR") to an available
// dictionary code; empty if none matches.
QString resolveLanguage(const QString &requested);

// Loads the dictionary for `language` (anything resolveLanguage() takes).
Result<std::unique_ptr<SpellBackend>> create(const QString &language);

} // namespace SpellBackends

} // namespace Marginalia
