#include "corrected.h"
#include "trtext.h"

#include "fileset.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QDir>

namespace Marginalia::Exchange::Corrected {

namespace {

QString documentOf(const StoredArticle &a)
{
    return a.documentId.isEmpty() ? QStringLiteral("article-%1").arg(a.id) : a.documentId;
}

} // namespace

QString apply(const ArticleBundle &bundle, QStringList *notApplied)
{
    const StoredArticle &article = bundle.article;
    const TextOffsets offsets(article.text);
    const qint64 body = article.bodyLength;
    QString out;
    qint64 done = 0; // code points of the text copied or replaced so far
    for (const Annotation &a : bundle.annotations) { // in reading order
        if (!a.mtError || a.mtError->correction.isEmpty() || a.orphan)
            continue;
        if (a.start < done || a.end > body) {
            if (notApplied)
                *notApplied << ExchangeText::tr("%1: “%2” → “%3” (%4–%5) overlaps an earlier correction")
                                   .arg(documentOf(article), a.quote, a.mtError->correction)
                                   .arg(a.start)
                                   .arg(a.end);
            continue;
        }
        out += article.text.mid(offsets.toUtf16(done), offsets.toUtf16(a.start) - offsets.toUtf16(done));
        out += a.mtError->correction;
        done = a.end;
    }
    out += article.text.mid(offsets.toUtf16(done), offsets.toUtf16(body) - offsets.toUtf16(done));
    return out;
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path)
{
    ExportReport report;
    if (snapshot.articles.isEmpty())
        return makeError(ExchangeText::tr("There is no article to write."));
    const bool folder = snapshot.articles.size() > 1;
    if (folder && !QDir().mkpath(path))
        return makeError(ExchangeText::tr("Cannot create the folder %1.").arg(path));
    FileSet files;
    for (const ArticleBundle &bundle : snapshot.articles) {
        ++report.articles;
        for (const Annotation &a : bundle.annotations)
            report.annotations += a.mtError && !a.mtError->correction.isEmpty() ? 1 : 0;
        QString text = apply(bundle, &report.dropped);
        if (!text.endsWith(u'\n'))
            text += u'\n';
        const QString target = folder ? QDir(path).filePath(fileStem(bundle.article) + QStringLiteral(".txt")) : path;
        if (Status s = files.add(target, text.toUtf8()); !s)
            return makeError(s.error());
    }
    if (Status s = files.commit(); !s)
        return makeError(s.error());
    report.annotations -= int(report.dropped.size());
    return report;
}

} // namespace Marginalia::Exchange::Corrected
