// Grammalecte's French typography tests (the pre-parsed subset TSV). In
// sentence_marked, {{…}} marks an error; stripping the braces gives the text
// and the spans (code points). Lines without {{ are negative cases. The
// expected correction is in its own column (expected_suggestions, "|"
// between alternatives), not after "->>" as in Grammalecte's own test file;
// a "->>" tail is still cut off in case a later export keeps it.

#include "evaldatasets.h"
#include "evalsupport.h"

#include <QFileInfo>

namespace Marginalia::Eval {

namespace {

struct GrammalecteRow {
    QString line; // grx_line, to find the row again
    QString section;
    QString text;
    QList<Span> spans; // empty: a negative case
    // Whether sentence_plain and the error_spans column agree with the text
    // and spans read from the braces.
    bool consistent = true;
};

struct SectionScore {
    Ratio recall;
    Ratio baselineRecall;
    Ratio negativesFlagged;
    Ratio negativesBaseline;
};

struct Group {
    QString name;
    QStringList sections;
};

// The row groups the targets are set for.
const QList<Group> &targetGroups()
{
    static const QList<Group> groups{
        {QStringLiteral("spacing"), {QStringLiteral("Espaces & tabulations"), QStringLiteral("Espaces manquants")}},
        {QStringLiteral("no-break space"), {QStringLiteral("Espaces insécables")}},
        {QStringLiteral("apostrophe"), {QStringLiteral("Apostrophes"), QStringLiteral("Apostrophe manquante (2)")}},
    };
    return groups;
}

// Strips the {{ }} marks and returns the plain text with the marked spans.
std::pair<QString, QList<Span>> parseMarked(const QString &marked)
{
    QString source = marked;
    const qsizetype arrow = source.indexOf(QStringLiteral("->>"));
    if (arrow >= 0)
        source = source.left(arrow).trimmed();
    QString plain;
    QList<Span> spans;
    qsizetype open = -1;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QStringView rest = QStringView(source).mid(i);
        if (rest.startsWith(u"{{")) {
            open = plain.size();
            ++i;
        } else if (rest.startsWith(u"}}") && open >= 0) {
            spans.append({open, plain.size()});
            open = -1;
            ++i;
        } else {
            plain.append(source.at(i));
        }
    }
    // Spans so far are UTF-16; the file's text is all in the BMP, but convert
    // anyway so that the comparison with the column stays honest.
    for (Span &span : spans)
        span = {QStringView(plain).left(span.start).toUcs4().size(), QStringView(plain).left(span.end).toUcs4().size()};
    return {plain, spans};
}

QString spansToString(const QList<Span> &spans)
{
    QStringList parts;
    for (Span s : spans)
        parts.append(QStringLiteral("%1-%2").arg(s.start).arg(s.end));
    return parts.join(u',');
}

Result<QList<GrammalecteRow>> loadRows(const QString &path)
{
    auto table = readTsv(path);
    if (!table)
        return makeError(table.error());
    auto col = table->columns({QStringLiteral("grx_line"), QStringLiteral("section"), QStringLiteral("sentence_marked"),
                               QStringLiteral("sentence_plain"), QStringLiteral("error_spans(start-end,...)")});
    if (!col)
        return makeError(col.error());
    QList<GrammalecteRow> rows;
    for (const QStringList &f : std::as_const(table->rows)) {
        const auto &c = *col;
        auto [plain, spans] = parseMarked(f.at(c[2]));
        const bool consistent = plain == f.at(c[3]) && spansToString(spans) == f.at(c[4]);
        rows.append({f.at(c[0]), f.at(c[1]), plain, spans, consistent});
    }
    return rows;
}

class GrammalecteEval final
{
public:
    explicit GrammalecteEval(Engines &engines)
        : m_engines(engines)
    {
    }

    void score(const GrammalecteRow &row);
    void printGroups() const;
    void printNegatives() const;
    void printSections() const;
    void printCategories() const;

private:
    void scorePositive(const GrammalecteRow &row, const Findings &flags, SectionScore &s);

    Engines &m_engines;
    QMap<QString, SectionScore> m_sections;
    Ratio m_precision;
    Ratio m_baselinePrecision;
    CategoryCounts m_hitCategories;
    CategoryCounts m_negativeCategories;
    QList<QStringList> m_flaggedNegatives; // grx_line, text, flags
};

void GrammalecteEval::score(const GrammalecteRow &row)
{
    SectionScore &s = m_sections[row.section];
    const Findings flags = flagsFor(*m_engines.checker, row.text);
    if (!row.spans.isEmpty())
        return scorePositive(row, flags, s);
    s.negativesFlagged.add(!flags.isEmpty());
    s.negativesBaseline.add(!m_engines.plain->flags(row.text).isEmpty());
    m_negativeCategories.addAll(flags);
    if (!flags.isEmpty()) {
        QStringList what;
        for (const Finding &f : flags)
            what.append(QStringLiteral("%1 “%2”").arg(categoryId(f.category), cell(f.text)));
        m_flaggedNegatives.append({row.line, cell(row.text), what.join(QStringLiteral(", "))});
    }
}

void GrammalecteEval::scorePositive(const GrammalecteRow &row, const Findings &flags, SectionScore &s)
{
    bool caught = false;
    for (const Finding &f : flags) {
        const bool hit = overlapsAny({f.start, f.end}, row.spans);
        m_precision.add(hit);
        if (hit)
            m_hitCategories.add(f);
        caught = caught || hit;
    }
    s.recall.add(caught);
    bool baselineCaught = false;
    for (Span span : m_engines.plain->flags(row.text)) {
        const bool hit = overlapsAny(span, row.spans);
        m_baselinePrecision.add(hit);
        baselineCaught = baselineCaught || hit;
    }
    s.baselineRecall.add(baselineCaught);
}

void GrammalecteEval::printGroups() const
{
    const Target target{Target::AtLeast, 60};
    MarkdownTable table({QStringLiteral("rows"), QStringLiteral("sections"), QStringLiteral("recall Marginalia"),
                         QStringLiteral("recall plain Hunspell"), QStringLiteral("target"), QStringLiteral("verdict")});
    for (const Group &group : targetGroups()) {
        SectionScore sum;
        for (const QString &section : group.sections) {
            sum.recall += m_sections.value(section).recall;
            sum.baselineRecall += m_sections.value(section).baselineRecall;
        }
        table.addRow({group.name, group.sections.join(QStringLiteral("; ")), sum.recall.toString(),
                      sum.baselineRecall.toString(), target.toString(), target.verdict(sum.recall)});
    }
    SectionScore all;
    for (const SectionScore &s : m_sections) {
        all.recall += s.recall;
        all.baselineRecall += s.baselineRecall;
    }
    table.addRow({QStringLiteral("all positive rows"), QStringLiteral("all"), all.recall.toString(),
                  all.baselineRecall.toString(), QStringLiteral("–"), QStringLiteral("–")});
    table.print();
}

void GrammalecteEval::printNegatives() const
{
    const Target target{Target::AtMost, 2};
    Ratio flagged;
    Ratio baseline;
    for (const SectionScore &s : m_sections) {
        flagged += s.negativesFlagged;
        baseline += s.negativesBaseline;
    }
    MarkdownTable table({QStringLiteral("negative lines (no {{)"), QStringLiteral("flagged by Marginalia"),
                         QStringLiteral("flagged by plain Hunspell"), QStringLiteral("target"),
                         QStringLiteral("verdict")});
    table.addRow({QString::number(flagged.total), flagged.toString(), baseline.toString(), target.toString(),
                  target.verdict(flagged)});
    table.print();
    MarkdownTable precision({QStringLiteral("flags on positive lines that overlap a marked span"),
                             QStringLiteral("Marginalia"), QStringLiteral("plain Hunspell")});
    precision.addRow({QStringLiteral("precision"), m_precision.toString(), m_baselinePrecision.toString()});
    precision.print();
    printNote(QStringLiteral("Flagged negative lines (%1):").arg(m_flaggedNegatives.size()));
    MarkdownTable lines({QStringLiteral("grx_line"), QStringLiteral("text"), QStringLiteral("flags")});
    for (const QStringList &row : m_flaggedNegatives)
        lines.addRow(row);
    lines.print();
}

void GrammalecteEval::printSections() const
{
    MarkdownTable table({QStringLiteral("section"), QStringLiteral("recall Marginalia"),
                         QStringLiteral("recall plain Hunspell"), QStringLiteral("negatives flagged Marginalia"),
                         QStringLiteral("negatives flagged plain Hunspell")});
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        table.addRow({it.key(), it->recall.toString(), it->baselineRecall.toString(), it->negativesFlagged.toString(),
                      it->negativesBaseline.toString()});
    }
    table.print();
}

void GrammalecteEval::printCategories() const
{
    printCategoryMatrix(QStringLiteral("category"),
                        {{QStringLiteral("flags hitting a marked span"), m_hitCategories},
                         {QStringLiteral("flags on negative lines"), m_negativeCategories}});
}

} // namespace

void runGrammalecte()
{
    printHeading(QStringLiteral("Grammalecte typography subset (French)"));
    const QString path = evalDir() + QStringLiteral("/grammalecte-fr/grammalecte_fr_typography_subset.tsv");
    if (!QFileInfo::exists(path))
        return printSkipped(path + QStringLiteral(" is missing."));
    auto engines = enginesFor(QStringLiteral("fr"));
    if (!engines)
        return printSkipped(engines.error());
    auto rows = loadRows(path);
    if (!rows)
        return printSkipped(rows.error());

    QStringList inconsistent;
    for (const GrammalecteRow &row : std::as_const(*rows)) {
        if (!row.consistent)
            inconsistent.append(row.line);
    }
    printNote(QStringLiteral("Checker::create(\"fr\") → %1. A positive row is caught when a minor/major flag "
                             "overlaps one of its {{…}} spans (code points after the braces are stripped). Each row "
                             "is checked as an article of its own.")
                  .arg(engines->describe()));
    // Grammalecte checks strict French typography; Marginalia follows the
    // article's own spacing habit unless told otherwise. Both are shown.
    for (const bool strict : {false, true}) {
        engines->checker->setStrictTypography(strict);
        GrammalecteEval eval(*engines);
        for (const GrammalecteRow &row : std::as_const(*rows))
            eval.score(row);
        printNote(strict ? QStringLiteral("**House style: strict typography** (`Checker::setStrictTypography(true)`, "
                                          "`marginalia-cli check --strict-typography`): no-break spaces everywhere.")
                         : QStringLiteral("**House style: the article's own convention** (the default)."));
        eval.printGroups();
        eval.printNegatives();
        if (strict)
            continue;
        printNote(QStringLiteral("Per section:"));
        eval.printSections();
        eval.printCategories();
    }
    engines->checker->setStrictTypography(false);
    if (!inconsistent.isEmpty()) {
        printNote(QStringLiteral("sentence_plain or error_spans disagree with the braces on grx_line %1; the "
                                 "braces are used.")
                      .arg(inconsistent.join(QStringLiteral(", "))));
    }
}

} // namespace Marginalia::Eval
