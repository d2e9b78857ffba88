#include "csvexport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Marginalia::Exchange::CsvExport {

namespace {

QString claimantOf(const ProjectSnapshot &snapshot, const ArticleBundle &bundle, const Claim &claim)
{
    if (const Entity *e = snapshot.entity(claim.claimantEntity))
        return e->name;
    if (const Annotation *mention = ProjectSnapshot::annotation(bundle, claim.claimantMention)) {
        if (const Entity *e = snapshot.entity(mention->entityId))
            return e->name;
        return mention->quote;
    }
    return {};
}

} // namespace

const QStringList &columns()
{
    static const QStringList all{
        QStringLiteral("document"),     QStringLiteral("article_sha256"), QStringLiteral("annotation_id"),
        QStringLiteral("label"),        QStringLiteral("kind"),           QStringLiteral("start"),
        QStringLiteral("end"),          QStringLiteral("text"),           QStringLiteral("entity"),
        QStringLiteral("wikidata"),     QStringLiteral("claimant"),       QStringLiteral("claim_kind"),
        QStringLiteral("verdict"),      QStringLiteral("rating"),         QStringLiteral("mqm_category"),
        QStringLiteral("mqm_severity"), QStringLiteral("correction"),     QStringLiteral("notes"),
        QStringLiteral("author"),       QStringLiteral("created"),        QStringLiteral("orphan"),
    };
    return all;
}

QString field(const QString &cell)
{
    QString value = cell;
    // OWASP "CSV injection": a leading = + - @ (or a TAB or CR, which some
    // spreadsheets skip before looking) makes the cell a formula.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && triggers.contains(value.front()))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const ExportOptions &options, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QCoreApplication::translate("Exchange", "Cannot write %1: %2").arg(path, file.errorString()));
    QString out;
    auto row = [&out](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &c : cells)
            fields << field(c);
        out += fields.join(u',');
        out += QStringLiteral("\r\n"); // RFC 4180
    };
    row(columns());

    ExportReport report;
    for (const ArticleBundle &bundle : snapshot.articles) {
        ++report.articles;
        const StoredArticle &article = bundle.article;
        QHash<qint64, QStringList> notesOf;
        for (const Note &n : bundle.notes) {
            if (n.annotationId != 0)
                notesOf[n.annotationId] << n.text;
        }
        for (const Annotation &a : bundle.annotations) {
            ++report.annotations;
            const Label *label = snapshot.label(a.labelId);
            const Entity *entity = snapshot.entity(a.entityId);
            QStringList cells{
                article.documentId.isEmpty() ? article.title : article.documentId,
                article.sha256,
                QString::number(a.id),
                label ? label->name : QString(),
                label ? labelKindId(label->kind) : QString(),
                QString::number(a.start),
                QString::number(a.end),
                a.quote,
                entity ? entity->name : QString(),
                entity ? entity->wikidata : QString(),
            };
            if (a.claim) {
                cells << claimantOf(snapshot, bundle, *a.claim) << claimKindId(a.claim->kind)
                      << verdictId(a.claim->verdict) << a.claim->rating;
            } else {
                cells << QString() << QString() << QString() << QString();
            }
            if (a.mtError)
                cells << a.mtError->category << mqmSeverityId(a.mtError->severity) << a.mtError->correction;
            else
                cells << QString() << QString() << QString();
            cells << notesOf.value(a.id).join(QStringLiteral("\n")) << a.author << a.created.toString(Qt::ISODateWithMs)
                  << (a.orphan ? QStringLiteral("yes") : QString());
            row(cells);
        }
    }
    if (options.byteOrderMark)
        file.write("\xEF\xBB\xBF");
    file.write(out.toUtf8());
    if (!file.commit())
        return makeError(QCoreApplication::translate("Exchange", "Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

} // namespace Marginalia::Exchange::CsvExport
