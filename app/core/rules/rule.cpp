#include "rule.h"

#include "spellbackend.h"
#include "spelllanguages.h"

#include <QCoreApplication>

namespace Marginalia::Rules {

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("Rules", text, nullptr, n);
}

Lexicon::Lexicon(const SpellBackend &backend, QList<const SpellBackend *> variants)
    : m_backend(backend)
    , m_variants(std::move(variants))
{
}

bool Lexicon::isWord(const QString &word) const
{
    if (word.isEmpty())
        return false;
    if (m_userWords.contains(word))
        return true;
    auto it = m_cache.constFind(word);
    if (it == m_cache.cend()) {
        bool ok = m_backend.isCorrect(word);
        for (const SpellBackend *variant : m_variants)
            ok = ok || variant->isCorrect(word);
        it = m_cache.insert(word, ok);
    }
    return *it;
}

OtherLanguages::OtherLanguages(const QString &documentLanguage)
    : m_documentLanguage(SpellLanguages::languagePart(documentLanguage))
{
}

OtherLanguages::~OtherLanguages() = default;

void OtherLanguages::load()
{
    m_loaded = true;
    QSet<QString> seen{m_documentLanguage};
    for (const QString &code : SpellBackends::availableLanguages()) {
        const QString lang = SpellLanguages::languagePart(code);
        if (seen.contains(lang))
            continue;
        seen.insert(lang);
        auto backend = SpellBackends::create(lang);
        if (backend)
            m_backends.emplace_back(lang, std::move(*backend));
    }
}

QString OtherLanguages::languageAccepting(const QString &word)
{
    if (auto it = m_cache.constFind(word); it != m_cache.cend())
        return *it;
    if (!m_loaded)
        load();
    const bool cyrillic = word.front().script() == QChar::Script_Cyrillic;
    QString result;
    for (const auto &[lang, backend] : m_backends) {
        // Debian's uk_UA dictionary accepts any Latin-script word (it maps
        // Latin letters to digits); only trust a dictionary on its own script.
        const bool cyrillicDictionary = lang == u"uk" || lang == u"ru" || lang == u"bg";
        if (cyrillic != cyrillicDictionary)
            continue;
        if (backend->isCorrect(word)) {
            result = lang;
            break;
        }
    }
    m_cache.insert(word, result);
    return result;
}

} // namespace Marginalia::Rules
