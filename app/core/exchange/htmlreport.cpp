#include "htmlreport.h"
#include "trtext.h"

#include "claimreview.h"
#include "mqm.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QMap>
#include <QSaveFile>

namespace Marginalia::Exchange::HtmlReport {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Text as HTML with its line breaks kept.
QString paragraphs(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>\n"));
}

// A label's look in CSS: a light tint for fills, a coloured line for the
// underline styles, a border for a box; colours as the label has them, on
// white paper.
QString css(const Label &l)
{
    const QColor c = l.color;
    const QString rgb = QStringLiteral("%1,%2,%3").arg(c.red()).arg(c.green()).arg(c.blue());
    switch (l.style) {
    case LabelStyle::Fill:
        return QStringLiteral("background:rgba(%1,0.35)").arg(rgb);
    case LabelStyle::Underline:
        return QStringLiteral("text-decoration:underline solid rgb(%1) 2px").arg(rgb);
    case LabelStyle::DashedUnderline:
        return QStringLiteral("text-decoration:underline dashed rgb(%1) 2px").arg(rgb);
    case LabelStyle::DottedUnderline:
        return QStringLiteral("text-decoration:underline dotted rgb(%1) 2px").arg(rgb);
    case LabelStyle::WavyUnderline:
        return QStringLiteral("text-decoration:underline wavy rgb(%1) 1px").arg(rgb);
    case LabelStyle::Box:
        return QStringLiteral("outline:1.5px solid rgb(%1);outline-offset:1px").arg(rgb);
    }
    return {};
}

QString severityName(MqmSeverity s)
{
    switch (s) {
    case MqmSeverity::Neutral:
        return ExchangeText::tr("Neutral");
    case MqmSeverity::Minor:
        return ExchangeText::tr("Minor");
    case MqmSeverity::Major:
        return ExchangeText::tr("Major");
    case MqmSeverity::Critical:
        return ExchangeText::tr("Critical");
    }
    return {};
}

QString articleSection(const ProjectSnapshot &snapshot, const ArticleBundle &bundle, ExportReport &report)
{
    const StoredArticle &article = bundle.article;
    const TextOffsets offsets(article.text);
    const qint64 bodyEnd = article.bodyLength;
    // Reading order numbers: the marks in the text and the tables' rows.
    QList<const Annotation *> shown;
    for (const Annotation &a : bundle.annotations) {
        if (!a.orphan && a.end <= bodyEnd)
            shown << &a;
        else
            report.dropped << ExchangeText::tr("%1: “%2” is not drawn (its text is no longer there)")
                                  .arg(article.documentId.isEmpty() ? article.title : article.documentId, a.quote);
    }
    QHash<const Annotation *, int> number;
    for (qsizetype i = 0; i < shown.size(); ++i)
        number.insert(shown.at(i), int(i + 1));
    report.annotations += int(shown.size());

    // The text cut at every span boundary; each piece wrapped in the spans
    // open there, outer first, so nested spans all show.
    QMap<qint64, QList<const Annotation *>> opens, closes;
    for (const Annotation *a : std::as_const(shown)) {
        opens[a->start] << a;
        closes[a->end] << a;
    }
    QList<qint64> cuts{0, bodyEnd};
    for (auto it = opens.cbegin(); it != opens.cend(); ++it)
        cuts << it.key();
    for (auto it = closes.cbegin(); it != closes.cend(); ++it)
        cuts << it.key();
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QString text;
    QList<const Annotation *> open;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qint64 at = cuts.at(i);
        for (const Annotation *a : closes.value(at)) {
            open.removeOne(a);
            text += QStringLiteral("<sup class=\"n\">%1</sup>").arg(number.value(a));
        }
        for (const Annotation *a : opens.value(at))
            open << a;
        const QString piece =
            paragraphs(article.text.mid(offsets.toUtf16(at), offsets.toUtf16(cuts.at(i + 1)) - offsets.toUtf16(at)));
        QString wrapped = piece;
        for (auto it = open.crbegin(); it != open.crend(); ++it)
            wrapped = QStringLiteral("<span class=\"l%1\">%2</span>").arg((*it)->labelId).arg(wrapped);
        text += wrapped;
    }
    for (const Annotation *a : closes.value(bodyEnd))
        text += QStringLiteral("<sup class=\"n\">%1</sup>").arg(number.value(a));

    QString html;
    html += QStringLiteral("<section class=\"article\">\n<h1>%1</h1>\n").arg(esc(article.title));
    QStringList facts;
    if (!article.documentId.isEmpty())
        facts << ExchangeText::tr("Document %1").arg(esc(article.documentId));
    if (!article.language.isEmpty())
        facts << ExchangeText::tr("Language %1").arg(esc(article.language));
    facts << ExchangeText::tr("SHA-256 %1").arg(esc(article.sha256.left(16)) + QStringLiteral("…"));
    html += QStringLiteral("<p class=\"facts\">%1</p>\n").arg(facts.join(QStringLiteral(" · ")));

    // The legend: the labels this article uses.
    QList<qint64> used;
    for (const Annotation *a : std::as_const(shown)) {
        if (!used.contains(a->labelId))
            used << a->labelId;
    }
    if (!used.isEmpty()) {
        html += QStringLiteral("<p class=\"legend\">");
        for (const Label &l : snapshot.labels) {
            if (used.contains(l.id))
                html += QStringLiteral("<span class=\"l%1\">%2</span> ").arg(l.id).arg(esc(l.name));
        }
        html += QStringLiteral("</p>\n");
    }
    html += QStringLiteral("<div class=\"text\">%1</div>\n").arg(text);

    // The tables.
    QHash<qint64, QStringList> notesOf;
    for (const Note &n : bundle.notes) {
        if (n.annotationId != 0)
            notesOf[n.annotationId] << n.text;
    }
    auto labelName = [&snapshot](qint64 id) {
        const Label *l = snapshot.label(id);
        return l ? l->name : QString();
    };
    auto claimantOf = [&](const Claim &c) {
        if (const Entity *e = snapshot.entity(c.claimantEntity))
            return e->name;
        if (const Annotation *m = ProjectSnapshot::annotation(bundle, c.claimantMention)) {
            const Entity *e = snapshot.entity(m->entityId);
            return e ? e->name : m->quote;
        }
        return QString();
    };
    QString rows, claims, errors;
    QList<Annotation> errorList;
    for (const Annotation *a : std::as_const(shown)) {
        const Entity *entity = snapshot.entity(a->entityId);
        rows += QStringLiteral(
                    "<tr><td>%1</td><td><span class=\"l%2\">%3</span></td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(number.value(a))
                    .arg(a->labelId)
                    .arg(esc(labelName(a->labelId)), esc(a->quote), entity ? esc(entity->name) : QString(),
                         paragraphs(notesOf.value(a->id).join(u'\n')));
        if (a->claim) {
            QStringList evidence;
            for (const Evidence &e : a->claim->evidence)
                evidence << esc(e.url.isEmpty() ? e.note : e.url + (e.note.isEmpty() ? QString() : u' ' + e.note));
            claims +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                    .arg(number.value(a))
                    .arg(esc(a->quote), esc(claimantOf(*a->claim)),
                         esc(ClaimReviewExport::verdictName(a->claim->verdict)
                             + (a->claim->rating.isEmpty() ? QString() : QStringLiteral(" — ") + a->claim->rating)),
                         evidence.join(QStringLiteral("<br>")));
        }
        if (a->mtError) {
            errorList << *a;
            errors += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                          .arg(number.value(a))
                          .arg(esc(a->quote), esc(a->mtError->category), severityName(a->mtError->severity),
                               esc(a->mtError->correction));
        }
    }
    if (!rows.isEmpty())
        html += QStringLiteral(
                    "<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n%6</table>\n")
                    .arg(ExchangeText::tr("Annotations"), ExchangeText::tr("Label"), ExchangeText::tr("Text"),
                         ExchangeText::tr("Entity"), ExchangeText::tr("Notes"), rows);
    if (!claims.isEmpty())
        html += QStringLiteral(
                    "<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n%6</table>\n")
                    .arg(ExchangeText::tr("Claims"), ExchangeText::tr("Claim"), ExchangeText::tr("Claimant"),
                         ExchangeText::tr("Verdict"), ExchangeText::tr("Evidence"), claims);
    if (!errors.isEmpty()) {
        html += QStringLiteral(
                    "<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n%6</table>\n")
                    .arg(ExchangeText::tr("Translation errors (MQM)"), ExchangeText::tr("Text"),
                         ExchangeText::tr("Category"), ExchangeText::tr("Severity"), ExchangeText::tr("Correction"),
                         errors);
        const Mqm::Score score = Mqm::score(QStringView(article.text).left(offsets.toUtf16(article.bodyLength)),
                                            errorList, Mqm::Weights::Wmt2021);
        html += QStringLiteral("<p class=\"score\">%1</p>\n")
                    .arg(ExchangeText::tr("MQM score %1 · %Ln error(s), penalty %2 over %3 words (%4 per 1,000 words; "
                                          "WMT 2021 weights)",
                                          nullptr, int(score.errors))
                             .arg(QString::number(score.quality, 'f', 2))
                             .arg(QString::number(score.penalty, 'f', 2))
                             .arg(score.words)
                             .arg(QString::number(score.perThousandWords, 'f', 2)));
    }
    html += QStringLiteral("</section>\n");
    return html;
}

} // namespace

QString html(const ProjectSnapshot &snapshot, const ExportOptions &options)
{
    Q_UNUSED(options);
    ExportReport ignored;
    QString body;
    for (const ArticleBundle &bundle : snapshot.articles)
        body += articleSection(snapshot, bundle, ignored);
    QString styles;
    for (const Label &l : snapshot.labels)
        styles += QStringLiteral(".l%1{%2}\n").arg(l.id).arg(css(l));
    const QString title =
        snapshot.articles.size() == 1 ? snapshot.articles.first().article.title : ExchangeText::tr("Marginalia report");
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
                          "body{font-family:serif;max-width:44em;margin:2em auto;line-height:1.6;color:#111}\n"
                          "h1{font-size:1.5em;line-height:1.25}h2{font-size:1.15em;margin-top:1.5em}\n"
                          ".facts{color:#555;font-size:.9em}.legend span{margin-right:.8em;padding:0 .2em}\n"
                          "sup.n{font-size:.65em;color:#555;margin-left:1px}\n"
                          "table{border-collapse:collapse;width:100%;font-size:.9em}"
                          "th,td{border:1px solid #bbb;padding:.25em .4em;text-align:left;vertical-align:top}\n"
                          ".score{font-weight:bold}\n"
                          "section.article+section.article{break-before:page}\n"
                          "%2</style></head>\n<body>\n%3<footer><p class=\"facts\">%4</p></footer>\n</body></html>\n")
        .arg(esc(title), styles, body, ExchangeText::tr("Written by Marginalia."));
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path)
{
    ExportReport report;
    for (const ArticleBundle &bundle : snapshot.articles) {
        ++report.articles;
        articleSection(snapshot, bundle, report); // counts and what is not drawn
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(html(snapshot, options).toUtf8());
    if (!file.commit())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace Marginalia::Exchange::HtmlReport
