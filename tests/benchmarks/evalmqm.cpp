// WMT21 TED MQM en-de: one row per human-annotated error in a German
// translation. A span counts as caught when a flag overlaps
// [span_start, span_end), code points of target_plain. One row has
// span_start = span_end = -1 (an error with no span); it is left out.
//
// The sample holds only some MQM categories and no error-free segments, so
// there is no false-positive rate here, and "precision" (flags that land on
// any annotated span) is a lower bound.

#include "evaldatasets.h"
#include "evalsupport.h"

#include <QFileInfo>

namespace Marginalia::Eval {

namespace {

struct MqmRow {
    QString segment; // system/doc/seg_id
    QString category;
    QString text;
    Span span;
};

struct CategoryScore {
    Ratio recall;
    Ratio baselineRecall;
    CategoryCounts hitCategories;
};

struct Segment {
    QString text;
    QList<Span> spans;
};

Result<QList<MqmRow>> loadRows(const QString &path)
{
    auto table = readTsv(path);
    if (!table)
        return makeError(table.error());
    auto col = table->columns({QStringLiteral("system"), QStringLiteral("doc"), QStringLiteral("seg_id"),
                               QStringLiteral("category"), QStringLiteral("target_plain"), QStringLiteral("span_start"),
                               QStringLiteral("span_end")});
    if (!col)
        return makeError(col.error());
    QList<MqmRow> rows;
    for (const QStringList &f : std::as_const(table->rows)) {
        const auto &c = *col;
        const QString segment = f.at(c[0]) + u'/' + f.at(c[1]) + u'/' + f.at(c[2]);
        rows.append({segment, f.at(c[3]), f.at(c[4]), {f.at(c[5]).toLongLong(), f.at(c[6]).toLongLong()}});
    }
    return rows;
}

class MqmEval final
{
public:
    explicit MqmEval(Engines &engines)
        : m_engines(engines)
    {
    }

    void score(const MqmRow &row);
    void printRecall() const;
    void printPrecision();

private:
    Engines &m_engines;
    QMap<QString, CategoryScore> m_scores;
    QMap<QString, Segment> m_segments;
    int m_withoutSpan = 0;
};

void MqmEval::score(const MqmRow &row)
{
    if (row.span.start < 0 || row.span.end < row.span.start) {
        ++m_withoutSpan;
        return;
    }
    Segment &segment = m_segments[row.segment];
    segment.text = row.text;
    segment.spans.append(row.span);

    CategoryScore &s = m_scores[row.category];
    bool caught = false;
    for (const Finding &f : flagsFor(*m_engines.checker, row.text)) {
        if (overlaps({f.start, f.end}, row.span)) {
            s.hitCategories.add(f);
            caught = true;
        }
    }
    s.recall.add(caught);
    s.baselineRecall.add(overlapsAny(row.span, m_engines.plain->flags(row.text)));
}

void MqmEval::printRecall() const
{
    MarkdownTable table({QStringLiteral("MQM category"), QStringLiteral("spans"), QStringLiteral("recall Marginalia"),
                         QStringLiteral("recall plain Hunspell"), QStringLiteral("categories of the hits")});
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        QStringList hits;
        for (auto c = it->hitCategories.flags.cbegin(); c != it->hitCategories.flags.cend(); ++c)
            hits.append(QStringLiteral("%1 %2").arg(c.key()).arg(*c));
        table.addRow({it.key(), QString::number(it->recall.total), it->recall.toString(), it->baselineRecall.toString(),
                      hits.isEmpty() ? QStringLiteral("–") : hits.join(u", ")});
    }
    table.print();
    if (m_withoutSpan > 0)
        printNote(QStringLiteral("%1 row(s) without a span (span_start = -1) left out.").arg(m_withoutSpan));
}

void MqmEval::printPrecision()
{
    Ratio precision;
    Ratio baselinePrecision;
    CategoryCounts categories;
    for (const Segment &segment : std::as_const(m_segments)) {
        const Findings flags = flagsFor(*m_engines.checker, segment.text);
        categories.addAll(flags);
        for (const Finding &f : flags)
            precision.add(overlapsAny({f.start, f.end}, segment.spans));
        for (Span span : m_engines.plain->flags(segment.text))
            baselinePrecision.add(overlapsAny(span, segment.spans));
    }
    const QString segments = QString::number(m_segments.size());
    MarkdownTable table({QStringLiteral("annotated segments"), QStringLiteral(""), QStringLiteral("flags"),
                         QStringLiteral("on an annotated span (precision, lower bound)")});
    table.addRow({segments, QStringLiteral("Marginalia"), QString::number(precision.total), precision.toString()});
    table.addRow({segments, QStringLiteral("plain Hunspell"), QString::number(baselinePrecision.total),
                  baselinePrecision.toString()});
    table.print();
    printNote(QStringLiteral("Categories that fire on the annotated segments (each segment once):"));
    printCategoryMatrix(QStringLiteral("category"), {{QStringLiteral("flags"), categories}});
}

} // namespace

void runMqm()
{
    printHeading(QStringLiteral("MQM TED en-de (German targets)"));
    const QString path = evalDir() + QStringLiteral("/mqm/ted_ende_sample.tsv");
    if (!QFileInfo::exists(path))
        return printSkipped(path + QStringLiteral(" is missing."));
    auto engines = enginesFor(QStringLiteral("de"));
    if (!engines) {
        return printSkipped(engines.error()
                            + QStringLiteral(" The German dictionary comes with `apt-get install hunspell-de-de`."));
    }
    auto rows = loadRows(path);
    if (!rows)
        return printSkipped(rows.error());

    printNote(QStringLiteral("Checker::create(\"de\") → %1. Recall: share of annotated spans that a minor/major flag "
                             "overlaps (span_start/span_end are code points of target_plain). For orientation, "
                             "`hunspell -d de_DE` alone catches 11/124 Fluency/Spelling spans (eval/README.md).")
                  .arg(engines->describe()));
    MqmEval eval(*engines);
    for (const MqmRow &row : std::as_const(*rows))
        eval.score(row);
    eval.printRecall();
    eval.printPrecision();
}

} // namespace Marginalia::Eval
