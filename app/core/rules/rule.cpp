#include "rule.h"

#include "languagedata.h"

#include "spellbackend.h"
#include "spelllanguages.h"

#include <QCoreApplication>

namespace Marginalia::Rules {

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
        bool ok = isNewsAgencyCredit(word) || m_backend.isCorrect(word);
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

OtherLanguages::~OtherLanguages()
{
    waitForPrefetch();
}

void OtherLanguages::prefetch()
{
    if (m_listed || SpellBackends::compiledBackend() != u"hunspell")
        return;
    listLanguages();
    m_prefetch = std::async(std::launch::async, [this] {
        for (Other &other : m_others) {
            if (other.cyrillic)
                continue; // rare in the Latin-script articles, loaded when one shows up
            other.tried = true;
            if (auto backend = SpellBackends::create(other.language))
                other.backend = std::move(*backend);
        }
    });
}

void OtherLanguages::waitForPrefetch()
{
    if (m_prefetch.valid())
        m_prefetch.get();
}

void OtherLanguages::listLanguages()
{
    m_listed = true;
    QSet<QString> seen{m_documentLanguage};
    for (const QString &code : SpellBackends::availableLanguages()) {
        const QString lang = SpellLanguages::languagePart(code);
        if (seen.contains(lang))
            continue;
        seen.insert(lang);
        // Debian's uk_UA dictionary accepts any Latin-script word (it maps
        // Latin letters to digits): trust a dictionary on its own script only.
        const bool cyrillic = lang == u"uk" || lang == u"ru" || lang == u"bg";
        // English first: the most common source of untranslated fragments.
        Other other{lang, cyrillic, nullptr, false};
        if (lang == u"en")
            m_others.insert(m_others.begin(), std::move(other));
        else
            m_others.push_back(std::move(other));
    }
}

QString OtherLanguages::languageAccepting(const QString &word)
{
    if (auto it = m_cache.constFind(word); it != m_cache.cend())
        return *it;
    waitForPrefetch();
    if (!m_listed)
        listLanguages();
    const bool cyrillic = word.front().script() == QChar::Script_Cyrillic;
    QString result;
    for (Other &other : m_others) {
        if (cyrillic != other.cyrillic)
            continue;
        if (!other.tried) {
            // Loading costs 20–250 ms: only when a word of its script asks.
            other.tried = true;
            if (auto backend = SpellBackends::create(other.language))
                other.backend = std::move(*backend);
        }
        if (other.backend && other.backend->isCorrect(word)) {
            result = other.language;
            break;
        }
    }
    m_cache.insert(word, result);
    return result;
}

} // namespace Marginalia::Rules
