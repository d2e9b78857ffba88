#pragma once
// The checking engine shared by the GUI and marginalia-cli: tokenises an
// article, asks the spell backend about every word and returns findings in
// code points of the stored text. Suggestions are expensive (0.1–0.3 s per
// French word with Hunspell), so they are filled in a separate pass.

#include "finding.h"
#include "spellbackend.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Marginalia {

struct Article;

class Checker final
{
public:
    // The entry point: a checker for `language` ("fr", "fr_FR", ...) with
    // everything its rules need.
    static Result<std::unique_ptr<Checker>> create(const QString &language);

    explicit Checker(std::unique_ptr<SpellBackend> backend);
    ~Checker();

    const SpellBackend &backend() const { return *m_backend; }

    // Findings for text[0, bodyLength) (code points), sorted by start.
    Findings check(const QString &text, qsizetype bodyLength) const;
    Findings check(const Article &article) const;

    // Backend suggestions for `word`, cached per word.
    QStringList suggestionsFor(const QString &word);
    void fillSuggestions(Findings &findings);

    void addWord(const QString &word);

private:
    bool acceptsWord(const QString &word) const;

    std::unique_ptr<SpellBackend> m_backend;
    QHash<QString, QStringList> m_suggestionCache;
    mutable QHash<QString, bool> m_spellCache;
};

} // namespace Marginalia
