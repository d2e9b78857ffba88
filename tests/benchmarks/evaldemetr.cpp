// DEMETR: English MT sentences with one controlled perturbation each. A
// perturbation counts as caught when a flag overlaps [diff_start, diff_end);
// the unperturbed mt_sent sentences measure false positives.
//
// diff_start/diff_end are code points of pert_sent, end exclusive (checked on
// every row: pert_sent[diff_start:diff_end] == changed_token_in_pert; the
// file has no characters outside the BMP, so UTF-16 indexes are the same, but
// UTF-8 byte offsets are not).

#include "evaldatasets.h"
#include "evalsupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Marginalia::Eval {

namespace {

struct DemetrRow {
    QString type;
    QString clean;
    QString damaged;
    Span span;
};

struct TypeScore {
    Ratio recall;
    Ratio baselineRecall;
    Ratio precision;
    Ratio baselinePrecision;
    // Rows whose pert_sent equals mt_sent: there is nothing to catch.
    int unchanged = 0;
    QSet<QString> cleanSentences;
    CategoryCounts hitCategories;
    QStringList missed; // "damaged words (clean words)" of rows not caught, for the report
};

// "minor_id26_misspelled" -> "misspelled"
QString shortName(const QString &type)
{
    static const QRegularExpression prefix(QStringLiteral("^[a-z]+_id\\d+_"));
    return QString(type).remove(prefix);
}

Target targetFor(const QString &type)
{
    static const QHash<QString, double> minimum{
        {QStringLiteral("misspelled"), 99}, {QStringLiteral("char_removed"), 85}, {QStringLiteral("codemix"), 90},
        {QStringLiteral("tokenized"), 95},  {QStringLiteral("repeat2"), 95},
    };
    const auto it = minimum.constFind(shortName(type));
    return it == minimum.cend() ? Target{} : Target{Target::AtLeast, *it};
}

Result<QList<DemetrRow>> loadRows(const QString &path)
{
    auto table = readTsv(path);
    if (!table)
        return makeError(table.error());
    const QStringList names{QStringLiteral("pert_name"), QStringLiteral("mt_sent"), QStringLiteral("pert_sent"),
                            QStringLiteral("diff_start"), QStringLiteral("diff_end")};
    auto col = table->columns(names);
    if (!col)
        return makeError(col.error());
    QList<DemetrRow> rows;
    for (const QStringList &f : std::as_const(table->rows)) {
        const auto &c = *col;
        rows.append({f.at(c[0]), f.at(c[1]), f.at(c[2]), {f.at(c[3]).toLongLong(), f.at(c[4]).toLongLong()}});
    }
    return rows;
}

class DemetrEval final
{
public:
    explicit DemetrEval(Engines &engines)
        : m_engines(engines)
    {
    }

    void score(const DemetrRow &row);
    void printRecall() const;
    void printCleanFlags();
    void printCategories() const;
    void printExamples() const;

private:
    struct CleanVerdict {
        bool flagged = false;
        bool baselineFlagged = false;
    };
    CleanVerdict cleanVerdict(const QString &sentence);

    Engines &m_engines;
    QMap<QString, TypeScore> m_scores;
    QHash<QString, CleanVerdict> m_clean;
    CategoryCounts m_cleanCategories;
    QHash<QString, int> m_cleanFlagTexts; // "category “text”" -> count
};

void DemetrEval::score(const DemetrRow &row)
{
    TypeScore &s = m_scores[row.type];
    s.cleanSentences.insert(row.clean);
    if (row.damaged == row.clean) {
        ++s.unchanged;
        return;
    }
    const Findings flags = flagsFor(*m_engines.checker, row.damaged);
    bool caught = false;
    for (const Finding &f : flags) {
        const bool hit = overlaps({f.start, f.end}, row.span);
        s.precision.add(hit);
        if (hit)
            s.hitCategories.add(f);
        caught = caught || hit;
    }
    s.recall.add(caught);
    if (!caught) {
        const QList<uint> damaged = row.damaged.toUcs4();
        const qsizetype end = std::min<qsizetype>(row.span.end, damaged.size());
        const qsizetype start = std::min(row.span.start, end);
        s.missed.append(
            QString::fromUcs4(reinterpret_cast<const char32_t *>(damaged.constData()) + start, end - start));
    }
    bool baselineCaught = false;
    for (Span span : m_engines.plain->flags(row.damaged)) {
        const bool hit = overlaps(span, row.span);
        s.baselinePrecision.add(hit);
        baselineCaught = baselineCaught || hit;
    }
    s.baselineRecall.add(baselineCaught);
}

DemetrEval::CleanVerdict DemetrEval::cleanVerdict(const QString &sentence)
{
    const auto cached = m_clean.constFind(sentence);
    if (cached != m_clean.cend())
        return *cached;
    const Findings flags = flagsFor(*m_engines.checker, sentence);
    m_cleanCategories.addAll(flags);
    for (const Finding &f : flags)
        ++m_cleanFlagTexts[QStringLiteral("%1 “%2”").arg(categoryId(f.category), f.text)];
    const CleanVerdict verdict{!flags.isEmpty(), !m_engines.plain->flags(sentence).isEmpty()};
    m_clean.insert(sentence, verdict);
    return verdict;
}

void DemetrEval::printExamples() const
{
    QList<std::pair<QString, int>> top;
    for (auto it = m_cleanFlagTexts.cbegin(); it != m_cleanFlagTexts.cend(); ++it)
        top.append({it.key(), *it});
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    printNote(QStringLiteral("Most frequent flags on the clean sentences (of %1 distinct):").arg(top.size()));
    MarkdownTable table({QStringLiteral("flag"), QStringLiteral("count")});
    for (qsizetype i = 0; i < std::min<qsizetype>(top.size(), 30); ++i)
        table.addRow({cell(top.at(i).first), QString::number(top.at(i).second)});
    table.print();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it->missed.isEmpty() || targetFor(it.key()).kind == Target::None)
            continue;
        QStringList shown;
        for (qsizetype i = 0; i < std::min<qsizetype>(it->missed.size(), 40); ++i)
            shown.append(QStringLiteral("“%1”").arg(cell(it->missed.at(i))));
        printNote(QStringLiteral("Missed %1 (first %2 of %3 damaged spans): %4")
                      .arg(shortName(it.key()))
                      .arg(shown.size())
                      .arg(it->missed.size())
                      .arg(shown.join(QStringLiteral(", "))));
    }
}

void DemetrEval::printRecall() const
{
    MarkdownTable table({QStringLiteral("perturbation"), QStringLiteral("rows"), QStringLiteral("recall Marginalia"),
                         QStringLiteral("recall plain Hunspell"), QStringLiteral("precision Marginalia"),
                         QStringLiteral("precision plain Hunspell"), QStringLiteral("target"),
                         QStringLiteral("verdict")});
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        const TypeScore &s = *it;
        const Target target = targetFor(it.key());
        QString rows = QString::number(s.recall.total);
        if (s.unchanged > 0)
            rows += QStringLiteral(" (+%1 unchanged, skipped)").arg(s.unchanged);
        table.addRow({it.key(), rows, s.recall.toString(), s.baselineRecall.toString(), s.precision.toString(),
                      s.baselinePrecision.toString(), target.toString(), target.verdict(s.recall)});
    }
    table.print();
}

void DemetrEval::printCleanFlags()
{
    const Target target{Target::AtMost, 5};
    MarkdownTable table({QStringLiteral("clean mt_sent of"), QStringLiteral("sentences"),
                         QStringLiteral("flagged by Marginalia"), QStringLiteral("flagged by plain Hunspell"),
                         QStringLiteral("target"), QStringLiteral("verdict")});
    QSet<QString> all;
    auto addRow = [&](const QString &name, const QSet<QString> &sentences) {
        Ratio flagged;
        Ratio baseline;
        for (const QString &sentence : sentences) {
            const CleanVerdict v = cleanVerdict(sentence);
            flagged.add(v.flagged);
            baseline.add(v.baselineFlagged);
        }
        table.addRow({name, QString::number(sentences.size()), flagged.toString(), baseline.toString(),
                      target.toString(), target.verdict(flagged)});
    };
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        addRow(it.key(), it->cleanSentences);
        all.unite(it->cleanSentences);
    }
    addRow(QStringLiteral("**all sets (distinct sentences)**"), all);
    table.print();
}

void DemetrEval::printCategories() const
{
    QList<std::pair<QString, CategoryCounts>> sets;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        sets.append({shortName(it.key()), it->hitCategories});
    printNote(QStringLiteral("Categories of the flags that overlap the damaged span, per perturbation:"));
    printCategoryMatrix(QStringLiteral("category"), sets);
    printNote(QStringLiteral("Categories that fire on the clean sentences (each distinct sentence once):"));
    printCategoryMatrix(QStringLiteral("category"), {{QStringLiteral("flags on clean mt_sent"), m_cleanCategories}});
}

} // namespace

void runDemetr()
{
    printHeading(QStringLiteral("DEMETR surface perturbations (English)"));
    const QString path = evalDir() + QStringLiteral("/demetr/demetr_surface_perturbations.tsv");
    if (!QFileInfo::exists(path))
        return printSkipped(path + QStringLiteral(" is missing."));
    auto engines = enginesFor(QStringLiteral("en"));
    if (!engines)
        return printSkipped(engines.error());
    auto rows = loadRows(path);
    if (!rows)
        return printSkipped(rows.error());

    printNote(QStringLiteral("Checker::create(\"en\") → %1. Recall: share of pert_sent where a minor/major flag "
                             "overlaps [diff_start, diff_end) (code points). Precision: share of the flags on "
                             "pert_sent that overlap that span. Rows whose pert_sent equals mt_sent are skipped.")
                  .arg(engines->describe()));
    DemetrEval eval(*engines);
    for (const DemetrRow &row : std::as_const(*rows))
        eval.score(row);
    eval.printRecall();
    printNote(QStringLiteral("False positives: share of the clean mt_sent sentences with any minor/major flag "
                             "(each set's distinct sentences; the sets share most of them)."));
    eval.printCleanFlags();
    eval.printCategories();
    eval.printExamples();
}

} // namespace Marginalia::Eval
