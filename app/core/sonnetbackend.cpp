#include "sonnetbackend.h"

#include <QCoreApplication>

#include <Sonnet/Speller>

namespace Marginalia {

QStringList SonnetBackend::availableLanguages()
{
    Sonnet::Speller speller;
    QStringList codes = speller.availableLanguages();
    codes.sort();
    return codes;
}

Result<std::unique_ptr<SpellBackend>> SonnetBackend::create(const QString &code)
{
    std::unique_ptr<SonnetBackend> backend(new SonnetBackend);
    backend->m_speller = std::make_unique<Sonnet::Speller>(code);
    if (!backend->m_speller->isValid() || backend->m_speller->language() != code)
        return makeError(QCoreApplication::translate("SpellBackend", "Sonnet has no dictionary for %1 (it offers: %2).")
                             .arg(code, availableLanguages().join(QStringLiteral(", "))));
    backend->m_code = code;
    return std::unique_ptr<SpellBackend>(std::move(backend));
}

SonnetBackend::~SonnetBackend() = default;

QString SonnetBackend::dictionary() const
{
    // Sonnet does not expose file paths; name the dictionary and the plugins
    // that can serve it.
    return QStringLiteral("%1 (Sonnet plugins: %2)")
        .arg(m_code, m_speller->availableBackends().join(QStringLiteral(", ")));
}

bool SonnetBackend::isCorrect(const QString &word) const
{
    // Sonnet reports every word as correct when it has no dictionary; create()
    // has made sure one is loaded.
    return m_speller->isCorrect(word);
}

QStringList SonnetBackend::suggest(const QString &word) const
{
    return m_speller->suggest(word);
}

void SonnetBackend::addWord(const QString &word)
{
    // Session only: addToPersonal() would write the user's global Sonnet list.
    m_speller->addToSession(word);
}

} // namespace Marginalia
