#pragma once
// What every rule produces and what the word-level rules consult. Rules are
// free functions over a Document; they append RawFindings (UTF-16 positions
// in the body) and never touch the article text.

#include "finding.h"
#include "trtext.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <future>
#include <memory>
#include <vector>

namespace Marginalia {
class SpellBackend;
}

namespace Marginalia::Rules {

struct RawFinding {
    qsizetype start = 0; // UTF-16 index into the body
    qsizetype end = 0;
    FindingCategory category = FindingCategory::Spelling;
    Severity severity = Severity::Minor;
    QString rule;
    QString message;
    QStringList suggestions;
};

using RawFindings = QList<RawFinding>;

// The words a rule may treat as correct: the dictionary, plus the project's
// own words (the project dictionary and the names the user tagged).
class Lexicon final
{
public:
    // `backend` is the document's dictionary; `variants` are other regional
    // dictionaries of the same language (en_GB next to en_US) whose words
    // are just as right.
    explicit Lexicon(const SpellBackend &backend, QList<const SpellBackend *> variants = {});

    bool isWord(const QString &word) const;
    // A word the user vouched for (project dictionary or a tagged name).
    bool isUserWord(const QString &word) const { return m_userWords.contains(word); }
    void setUserWords(QSet<QString> words) { m_userWords = std::move(words); }
    const QSet<QString> &userWords() const { return m_userWords; }
    const SpellBackend &backend() const { return m_backend; }

private:
    const SpellBackend &m_backend;
    QList<const SpellBackend *> m_variants;
    QSet<QString> m_userWords;
    mutable QHash<QString, bool> m_cache;
};

// Dictionaries of the other installed languages, loaded on first use, for
// spotting words left untranslated.
class OtherLanguages final
{
public:
    explicit OtherLanguages(const QString &documentLanguage);
    ~OtherLanguages();

    // The language ("en") of another installed dictionary that accepts the
    // word while the document's does not, or empty.
    QString languageAccepting(const QString &word);

    // Starts loading the other Latin-script dictionaries on another thread
    // (Hunspell only: one Sonnet loader serves the whole process), so that
    // a long article's first foreign word does not wait 20–250 ms for each.
    // Does nothing the second time.
    void prefetch();
    // Returns once the dictionaries being loaded ahead are loaded.
    void waitForPrefetch();

private:
    struct Other {
        QString language;
        bool cyrillic = false;
        std::unique_ptr<SpellBackend> backend; // loaded on first use
        bool tried = false;
    };
    void listLanguages();

    QString m_documentLanguage;
    bool m_listed = false;
    std::vector<Other> m_others;
    std::future<void> m_prefetch;
    QHash<QString, QString> m_cache;
};

} // namespace Marginalia::Rules
