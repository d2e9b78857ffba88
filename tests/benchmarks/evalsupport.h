#pragma once
// Shared pieces of checker_eval: where the external data lives, TSV reading,
// span scoring, the plain-Hunspell baseline and Markdown tables. The data
// sets each have their own file (eval*.cpp); this is what they agree on.

#include "checker.h"
#include "finding.h"
#include "result.h"
#include "spellbackend.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace Marginalia::Eval {

// Where ../shared lives: $MARGINALIA_SHARED_DIR, else the path CMake baked in.
QString sharedDir();
// $MARGINALIA_EVAL_DIR, else sharedDir()/eval.
QString evalDir();

// A half-open range of code points.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

// Non-empty spans must share a code point. An empty span (an insertion point,
// a missing full stop) counts when it touches the other span, so that a
// finding placed just after a word still hits that word.
bool overlaps(Span a, Span b);
bool overlapsAny(Span a, const QList<Span> &spans);

// Minor and major findings are flags; info findings never count as errors.
bool isFlag(const Finding &finding);
// The flags among the checker's findings for a whole standalone text.
Findings flagsFor(const Checker &checker, const QString &text);

// hits out of total, printed as a percentage with its counts.
struct Ratio {
    int hits = 0;
    int total = 0;

    void add(bool hit);
    Ratio &operator+=(const Ratio &other);
    double percent() const;
    QString toString() const;
};

// "≥ 90%" / "≤ 5%" goals and whether a ratio meets them.
struct Target {
    enum Kind { None, AtLeast, AtMost };
    Kind kind = None;
    double percent = 0;

    QString toString() const;
    QString verdict(const Ratio &ratio) const;
};

// Flags and info findings per category id.
struct CategoryCounts {
    QMap<QString, int> flags;
    QMap<QString, int> info;

    void add(const Finding &finding);
    void addAll(const Findings &findings);
    int totalFlags() const;
};

// "Plain Hunspell": every Tokenizer word that starts with a letter and that
// the bare dictionary rejects, with none of the checker's rules.
class PlainHunspell final
{
public:
    static Result<std::unique_ptr<PlainHunspell>> create(const QString &language);
    explicit PlainHunspell(std::unique_ptr<SpellBackend> backend);

    QList<Span> flags(const QString &text);
    QString dictionary() const { return m_backend->dictionary(); }

private:
    bool accepts(const QString &word);

    std::unique_ptr<SpellBackend> m_backend;
    QHash<QString, bool> m_cache;
};

// The checker and its plain-Hunspell baseline for one language.
struct Engines {
    std::unique_ptr<Checker> checker;
    std::unique_ptr<PlainHunspell> plain;

    // "fr_FR (/usr/share/hunspell/fr_FR.dic)", for the report.
    QString describe() const;
};
Result<Engines> enginesFor(const QString &language);

// A tab-separated file with a header line. Fields are taken verbatim: none
// of these files quotes or escapes anything.
struct TsvTable {
    QStringList header;
    QList<QStringList> rows;

    // The column's index; an error names the missing columns.
    Result<QList<int>> columns(const QStringList &names) const;
};
Result<TsvTable> readTsv(const QString &path);

// A Markdown table printed to stdout in one go.
class MarkdownTable final
{
public:
    explicit MarkdownTable(QStringList header);
    void addRow(QStringList cells);
    void print() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// Makes text safe and visible inside a table cell: pipes escaped, line
// breaks, tabs and no-break spaces spelled out.
QString cell(const QString &text);

void printHeading(const QString &title);
void printNote(const QString &text);
// Why a data set was not evaluated; checker_eval still exits 0.
void printSkipped(const QString &why);
// Category counts side by side: one row per category, one column per set.
void printCategoryMatrix(const QString &title, const QList<std::pair<QString, CategoryCounts>> &sets);

} // namespace Marginalia::Eval
