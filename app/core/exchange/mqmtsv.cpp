#include "mqmtsv.h"
#include "trtext.h"

#include "fileset.h"
#include "mqm.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextBoundaryFinder>

namespace Marginalia::Exchange::MqmTsv {

namespace {

const QString DefaultRater = QStringLiteral("marginalia");
const QString NoError = QStringLiteral("No-error");

QString severityName(MqmSeverity s)
{
    switch (s) {
    case MqmSeverity::Neutral:
        return QStringLiteral("Neutral");
    case MqmSeverity::Minor:
        return QStringLiteral("Minor");
    case MqmSeverity::Major:
        return QStringLiteral("Major");
    case MqmSeverity::Critical:
        return QStringLiteral("Critical");
    }
    return {};
}

std::optional<MqmSeverity> severityNamed(const QString &name)
{
    for (MqmSeverity s : {MqmSeverity::Neutral, MqmSeverity::Minor, MqmSeverity::Major, MqmSeverity::Critical}) {
        if (severityName(s).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

// A field as the TSV carries it: no tab, no line break.
QString flat(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

struct Segment {
    qint64 start = 0; // code points of the article's text
    qint64 end = 0;
    QString segId;
    QString docSegId;
    QString source;
};

QJsonObject mqmMetadata(const StoredArticle &article)
{
    return QJsonDocument::fromJson(article.metadata.toUtf8()).object().value(QStringLiteral("mqm")).toObject();
}

// The article's segments: its own (one per line) when it came from MQM TSV,
// else its sentences. Ids continue `nextSegId` when the article has none.
QList<Segment> segmentsOf(const StoredArticle &article, int &nextSegId)
{
    QList<Segment> segments;
    const TextOffsets offsets(article.text);
    const QString body = article.text.left(offsets.toUtf16(article.bodyLength));
    const QJsonArray stored = mqmMetadata(article).value(QStringLiteral("segments")).toArray();
    if (!stored.isEmpty()) {
        // After the title line ("talk.1 · system"), one line per segment.
        qsizetype from = body.indexOf(u'\n') + 1;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            qsizetype to = body.indexOf(u'\n', from);
            if (to < 0)
                to = body.size();
            const QJsonObject s = stored.at(i).toObject();
            segments << Segment{offsets.toCodePoint(from), offsets.toCodePoint(to),
                                s.value(QStringLiteral("seg_id")).toVariant().toString(),
                                s.value(QStringLiteral("doc_id")).toVariant().toString(),
                                s.value(QStringLiteral("source")).toString()};
            from = to + 1;
            if (from > body.size())
                break;
        }
        return segments;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, body);
    qsizetype from = 0;
    int number = 0;
    while (from < body.size()) {
        qsizetype to = finder.toNextBoundary();
        if (to < 0)
            to = body.size();
        qsizetype start = from;
        qsizetype end = to;
        while (start < end && body.at(start).isSpace())
            ++start;
        while (end > start && body.at(end - 1).isSpace())
            --end;
        if (end > start) {
            ++number;
            segments << Segment{offsets.toCodePoint(start), offsets.toCodePoint(end), QString::number(nextSegId++),
                                QString::number(number), QString()};
        }
        from = to;
    }
    return segments;
}

} // namespace

const QStringList &columns()
{
    static const QStringList all{QStringLiteral("system"), QStringLiteral("doc"),      QStringLiteral("doc_id"),
                                 QStringLiteral("seg_id"), QStringLiteral("rater"),    QStringLiteral("source"),
                                 QStringLiteral("target"), QStringLiteral("category"), QStringLiteral("severity")};
    return all;
}

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path)
{
    const QFileInfo info(path);
    const QString scoresPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".scores.tsv"));
    QString out = columns().join(u'\t') + u'\n';
    QString scoreOut = QStringLiteral("system\tdoc\twords\terrors\tpenalty\tpenalty_per_1000_words\tmqm_score\n");

    ExportReport report;
    int nextSegId = 1;
    for (const ArticleBundle &bundle : snapshot.articles) {
        const StoredArticle &article = bundle.article;
        const QJsonObject meta = mqmMetadata(article);
        const QString system = meta.value(QStringLiteral("system")).toString(QStringLiteral("MT"));
        const QString doc = meta.value(QStringLiteral("doc"))
                                .toString(article.documentId.isEmpty() ? article.title : article.documentId);
        const QList<Segment> segments = segmentsOf(article, nextSegId);
        const TextOffsets offsets(article.text);

        // Errors by segment, raters by what they marked.
        QMap<int, QList<const Annotation *>> errorsIn;
        QStringList raters;
        QList<Annotation> counted;
        for (const Annotation &a : bundle.annotations) {
            if (!a.mtError || a.orphan)
                continue;
            counted << a;
            const auto segment = std::find_if(segments.cbegin(), segments.cend(),
                                              [&a](const Segment &s) { return a.start >= s.start && a.start < s.end; });
            if (segment == segments.cend()) {
                report.dropped
                    << ExchangeText::tr("%1: “%2” (%3–%4) is in no segment").arg(doc, a.quote).arg(a.start).arg(a.end);
                continue;
            }
            if (a.end > segment->end)
                report.dropped << ExchangeText::tr("%1: “%2” (%3–%4) crosses a segment's end: clipped to it")
                                      .arg(doc, a.quote)
                                      .arg(a.start)
                                      .arg(a.end);
            errorsIn[int(segment - segments.cbegin())] << &a;
            const QString rater = a.author.isEmpty() ? DefaultRater : a.author;
            if (!raters.contains(rater))
                raters << rater;
        }
        // An article nobody marked counts as read only when it is done.
        if (raters.isEmpty() && article.status == ArticleStatus::Done)
            raters << DefaultRater;
        if (raters.isEmpty())
            continue;
        ++report.articles;

        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &segment = segments.at(i);
            const QString target = article.text.mid(offsets.toUtf16(segment.start),
                                                    offsets.toUtf16(segment.end) - offsets.toUtf16(segment.start));
            const QStringList prefix{system, doc, segment.docSegId, segment.segId};
            for (const QString &rater : std::as_const(raters)) {
                bool marked = false;
                for (const Annotation *a : errorsIn.value(int(i))) {
                    if ((a->author.isEmpty() ? DefaultRater : a->author) != rater)
                        continue;
                    marked = true;
                    ++report.annotations;
                    const qsizetype from = offsets.toUtf16(a->start) - offsets.toUtf16(segment.start);
                    const qsizetype to =
                        offsets.toUtf16(std::min(a->end, segment.end)) - offsets.toUtf16(segment.start);
                    const QString withSpan = target.left(from) + QStringLiteral("<v>") + target.mid(from, to - from)
                        + QStringLiteral("</v>") + target.mid(to);
                    out += (prefix
                            + QStringList{rater, flat(segment.source), flat(withSpan), flat(a->mtError->category),
                                          severityName(a->mtError->severity)})
                               .join(u'\t')
                        + u'\n';
                }
                if (!marked) {
                    out +=
                        (prefix + QStringList{rater, flat(segment.source), flat(target), NoError, NoError}).join(u'\t')
                        + u'\n';
                }
            }
        }
        const Mqm::Score score = Mqm::score(QStringView(article.text).left(offsets.toUtf16(article.bodyLength)),
                                            counted, Mqm::Weights::Wmt2021);
        scoreOut += QStringList{system,
                                doc,
                                QString::number(score.words),
                                QString::number(score.errors),
                                QString::number(score.penalty, 'f', 2),
                                QString::number(score.perThousandWords, 'f', 2),
                                QString::number(score.quality, 'f', 2)}
                        .join(u'\t')
            + u'\n';
    }
    // The table and its scores are written together: neither is left
    // behind from an earlier export when the other cannot be written.
    FileSet files;
    if (Status s = files.add(path, out.toUtf8()); !s)
        return makeError(s.error());
    if (Status s = files.add(scoresPath, scoreOut.toUtf8()); !s)
        return makeError(s.error());
    if (Status s = files.commit(); !s)
        return makeError(s.error());
    return report;
}

ImportBatch read(const QStringList &paths)
{
    ImportBatch batch;
    struct SegmentRow {
        QString docSegId;
        QString source;
        QString target; // plain
        int line = 0;
        QString file;
    };
    struct ErrorRow {
        QString segId;
        qint64 start = 0; // code points of the segment's plain target
        qint64 end = 0;
        QString category;
        MqmSeverity severity = MqmSeverity::Minor;
        QString rater;
    };
    struct Document {
        QString system;
        QString doc;
        QString dataset;
        QMap<qint64, QString> order; // numeric seg_id → seg_id, in order
        QHash<QString, SegmentRow> segments;
        QList<ErrorRow> errors;
    };
    QList<Document> documents;
    QHash<QString, qsizetype> documentIndex;

    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            batch.problems << ExchangeText::tr("%1: cannot read it: %2").arg(path, file.errorString());
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
            batch.problems << ExchangeText::tr("%1: empty file").arg(name);
            continue;
        }
        QStringList header = lines.first().split(u'\t');
        for (QString &h : header)
            h = h.trimmed().toLower();
        const auto column = [&header](const char *n) { return int(header.indexOf(QLatin1String(n))); };
        const int system = column("system"), doc = column("doc"), segId = column("seg_id"), docSegId = column("doc_id"),
                  rater = column("rater"), source = column("source"), category = column("category"),
                  severity = column("severity"), dataset = column("dataset");
        const int target = column("target_marked") >= 0 ? column("target_marked") : column("target");
        if (system < 0 || doc < 0 || segId < 0 || rater < 0 || category < 0 || severity < 0 || target < 0) {
            batch.problems << ExchangeText::tr(
                                  "%1:1: not an MQM TSV header (it needs system, doc, seg_id, rater, target, category "
                                  "and severity columns)")
                                  .arg(name);
            continue;
        }
        for (qsizetype n = 1; n < lines.size(); ++n) {
            QString line = lines.at(n);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            const QString where = QStringLiteral("%1:%2").arg(name).arg(n + 1);
            const QStringList f = line.split(u'\t');
            if (f.size() != header.size()) {
                batch.problems << ExchangeText::tr("%1: %2 fields where the header has %3")
                                      .arg(where)
                                      .arg(f.size())
                                      .arg(header.size());
                continue;
            }
            // Digits only: toLongLong() also takes "+11", " 11" or "11" followed
            // by NUL characters, which would make two segments one.
            bool numeric = !f.at(segId).isEmpty() && f.at(segId).size() <= 18
                && std::all_of(f.at(segId).cbegin(), f.at(segId).cend(),
                               [](QChar c) { return c >= u'0' && c <= u'9'; });
            const qint64 segNumber = numeric ? f.at(segId).toLongLong(&numeric) : 0;
            if (!numeric) {
                batch.problems << ExchangeText::tr("%1: the seg_id “%2” is not a number").arg(where, f.at(segId));
                continue;
            }
            // The target with its span marked.
            const QString &marked = f.at(target);
            const qsizetype open = marked.indexOf(QStringLiteral("<v>"));
            const qsizetype close = marked.indexOf(QStringLiteral("</v>"));
            QString plain = marked;
            plain.remove(QStringLiteral("<v>")).remove(QStringLiteral("</v>"));
            const bool noError = f.at(category).compare(NoError, Qt::CaseInsensitive) == 0;
            if ((open >= 0) != (close >= 0) || (open >= 0 && close < open) || marked.count(QStringLiteral("<v>")) > 1) {
                batch.problems << ExchangeText::tr("%1: the error span is not one <v>…</v> pair").arg(where);
                continue;
            }
            const auto sev = noError ? std::optional<MqmSeverity>(MqmSeverity::Neutral) : severityNamed(f.at(severity));
            if (!sev) {
                batch.problems << ExchangeText::tr("%1: unknown severity “%2”").arg(where, f.at(severity));
                continue;
            }
            const QString key = f.at(system) + u'\x1f' + f.at(doc);
            if (!documentIndex.contains(key)) {
                documentIndex.insert(key, documents.size());
                documents << Document{f.at(system), f.at(doc), dataset >= 0 ? f.at(dataset) : QString(), {}, {}, {}};
            }
            Document &d = documents[documentIndex.value(key)];
            const QString &id = f.at(segId);
            if (const auto known = d.segments.constFind(id); known != d.segments.cend()) {
                if (known->target != plain) {
                    batch.problems << ExchangeText::tr("%1: segment %2 of %3 has another target at %4:%5")
                                          .arg(where, id, d.doc, known->file)
                                          .arg(known->line);
                    continue;
                }
            } else if (d.order.contains(segNumber)) {
                batch.problems << ExchangeText::tr("%1: seg_id %2 is also written “%3” in %4")
                                      .arg(where, id, d.order.value(segNumber), d.doc);
                continue;
            } else {
                d.segments.insert(id,
                                  {docSegId >= 0 ? f.at(docSegId) : QString(), source >= 0 ? f.at(source) : QString(),
                                   plain, int(n + 1), name});
                d.order.insert(segNumber, id);
            }
            if (noError)
                continue;
            ErrorRow error;
            error.segId = id;
            error.category = f.at(category);
            error.severity = *sev;
            error.rater = f.at(rater);
            const TextOffsets inPlain(plain);
            if (open >= 0) {
                error.start = inPlain.toCodePoint(open);
                error.end = inPlain.toCodePoint(close - 3); // after removing "<v>"
            } else {
                error.start = 0; // no span: the whole segment
                error.end = inPlain.codePointCount();
            }
            if (error.end <= error.start) {
                if (plain.isEmpty()) {
                    batch.problems << ExchangeText::tr("%1: the segment is empty").arg(where);
                    continue;
                }
                // An empty span (an omission): the character before it, or after.
                if (error.start > 0)
                    --error.start;
                else
                    ++error.end;
            }
            d.errors << error;
        }
    }

    for (const Document &d : std::as_const(documents)) {
        ImportedArticle imported;
        // A title line: the window shows it as the title, and two systems
        // that translated a segment alike are still two articles.
        QString text = d.doc + QStringLiteral(" · ") + d.system + u'\n';
        QHash<QString, qint64> startOf;
        QJsonArray segments;
        for (const QString &id : d.order) {
            const SegmentRow &s = d.segments.value(id);
            startOf.insert(id, TextOffsets(text).codePointCount());
            text += s.target + u'\n';
            QJsonObject segment{{QStringLiteral("seg_id"), id}, {QStringLiteral("source"), s.source}};
            if (!s.docSegId.isEmpty())
                segment.insert(QStringLiteral("doc_id"), s.docSegId);
            segments.append(segment);
        }
        imported.article.text = text;
        imported.article.bodyLength = TextOffsets(text).codePointCount();
        imported.article.documentId = d.system + u'/' + d.doc;
        imported.article.title = d.doc + QStringLiteral(" · ") + d.system;
        imported.article.sourceFormat = QStringLiteral("txt");
        QJsonObject mqm{{QStringLiteral("system"), d.system},
                        {QStringLiteral("doc"), d.doc},
                        {QStringLiteral("segments"), segments}};
        if (!d.dataset.isEmpty())
            mqm.insert(QStringLiteral("dataset"), d.dataset);
        imported.metadata =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("mqm"), mqm}}).toJson(QJsonDocument::Compact));
        for (const ErrorRow &e : d.errors) {
            if (!startOf.contains(e.segId))
                continue; // its segment was refused (and reported)
            ImportedAnnotation a;
            a.label = QStringLiteral("MT error");
            a.kind = LabelKind::MtError;
            a.start = startOf.value(e.segId) + e.start;
            a.end = startOf.value(e.segId) + e.end;
            a.mtError = MtError{e.category, e.severity, QString(), QString()};
            a.author = e.rater;
            imported.annotations << a;
        }
        batch.articles << imported;
    }
    return batch;
}

} // namespace Marginalia::Exchange::MqmTsv
