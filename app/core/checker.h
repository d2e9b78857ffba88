#pragma once
// The checking engine shared by the GUI and marginalia-cli. It sees an
// article the way a careful editor does: words run together or broken apart,
// missing accents, names spelled two ways, capitals and full stops in the
// wrong place, quotes that never close, truncated lines, words left in
// another language. Names are not errors: words the user tagged or added to
// the project dictionary are accepted, and unknown names are reported as
// information only. Findings are in code points of the stored text.
//
// Suggestions from the spell backend are expensive (0.1–0.3 s per French
// word with Hunspell), so spelling suggestions are filled in a separate pass.

#include "finding.h"
#include "spellbackend.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace Marginalia {

struct Article;

namespace Rules {
class Lexicon;
class OtherLanguages;
} // namespace Rules

class Checker final
{
public:
    // The entry point: a checker for `language` ("fr", "fr_FR", ...) with
    // everything its rules need. The other languages' dictionaries (for
    // untranslated words) start loading on another thread at once.
    static Result<std::unique_ptr<Checker>> create(const QString &language);

    explicit Checker(std::unique_ptr<SpellBackend> backend);
    ~Checker();

    const SpellBackend &backend() const { return *m_backend; }

    // Findings for text[0, bodyLength) (code points), sorted by start.
    Findings check(const QString &text, qsizetype bodyLength) const;
    Findings check(const Article &article) const;

    // Words accepted as correct for this project: the project dictionary and
    // the names the user tagged.
    void setUserWords(const QSet<QString> &words);

    // Backend suggestions for `word`, cached per word.
    QStringList suggestionsFor(const QString &word);
    // Adds backend suggestions to spelling findings that have none.
    void fillSuggestions(Findings &findings);

    void addWord(const QString &word);

    // Returns once the work started on other threads (loading the other
    // languages' dictionaries) is done: before a process ends without
    // destroying the checker.
    void waitForBackgroundWork();

    // House style. By default French spacing follows the article's own habit
    // (ordinary spaces throughout are noted once; a no-break space missing
    // where the article mostly has one is an error). Strict typography wants
    // the no-break space everywhere, as Grammalecte and the Imprimerie
    // nationale do.
    void setStrictTypography(bool strict) { m_strictTypography = strict; }
    bool strictTypography() const { return m_strictTypography; }

private:
    Checker(std::unique_ptr<SpellBackend> backend, std::unique_ptr<Rules::OtherLanguages> others);
    void rebuildLexicon();

    std::unique_ptr<SpellBackend> m_backend;
    std::vector<std::unique_ptr<SpellBackend>> m_variants;
    std::unique_ptr<Rules::Lexicon> m_lexicon;
    std::unique_ptr<Rules::OtherLanguages> m_others;
    QHash<QString, QStringList> m_suggestionCache;
    bool m_strictTypography = false;
};

} // namespace Marginalia
