#include "jsonl.h"
#include "trtext.h"

#include "projectstore.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Marginalia::Exchange::Jsonl {

namespace {

constexpr int Version = 1;

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// A value as the file has it, for a problem line: "1e+20", "\"five\"",
// "4.5", "null" when absent, where toInteger() would only give -1.
QString asWritten(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

QJsonObject claimJson(const Claim &c)
{
    QJsonArray evidence;
    for (const Evidence &e : c.evidence)
        evidence.append(QJsonObject{{QStringLiteral("url"), e.url}, {QStringLiteral("note"), e.note}});
    return {
        {QStringLiteral("claimant_mention"), c.claimantMention},
        {QStringLiteral("claimant_entity"), c.claimantEntity},
        {QStringLiteral("kind"), claimKindId(c.kind)},
        {QStringLiteral("check_worthiness"), c.checkWorthiness},
        {QStringLiteral("verdict"), verdictId(c.verdict)},
        {QStringLiteral("rating"), c.rating},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("reviewed"), c.reviewed},
    };
}

QJsonObject mtErrorJson(const MtError &e)
{
    return {
        {QStringLiteral("category"), e.category},
        {QStringLiteral("severity"), mqmSeverityId(e.severity)},
        {QStringLiteral("correction"), e.correction},
        {QStringLiteral("finding_rule"), e.findingRule},
    };
}

void line(QSaveFile &file, const QJsonObject &object)
{
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    file.write("\n");
}

// One file's records, read and checked.
struct Records {
    QList<Label> labels;
    QList<Entity> entities;
    QList<StoredArticle> articles;
    QList<Annotation> annotations;
    QList<Note> notes;
    QList<Relation> relations;
    QStringList equivalenceKinds; // from the header
    QHash<qint64, QString> annotationLines; // annotation id → "file:line", for problems found later
};

class Reader
{
public:
    explicit Reader(QStringList &problems)
        : m_problems(problems)
    {
    }

    void read(const QString &path, Records &records)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems << ExchangeText::tr("%1: cannot read it: %2").arg(path, file.errorString());
            return;
        }
        m_file = QFileInfo(path).fileName();
        m_line = 0;
        bool header = false;
        while (!file.atEnd()) {
            const QByteArray bytes = file.readLine();
            ++m_line;
            if (bytes.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
            if (!document.isObject()) {
                problem(error.error == QJsonParseError::NoError
                            ? ExchangeText::tr("not a JSON object")
                            : ExchangeText::tr("not JSON (%1)").arg(error.errorString()));
                continue;
            }
            const QJsonObject o = document.object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (!header) {
                header = true;
                if (type != u"marginalia" || o.value(QStringLiteral("format")).toString() != u"jsonl") {
                    problem(ExchangeText::tr(
                        "not a Marginalia JSON Lines file (the first line names no \"marginalia\" jsonl)"));
                    return;
                }
                if (o.value(QStringLiteral("version")).toInt() > Version) {
                    problem(ExchangeText::tr("written by a newer Marginalia (version %1; this one reads %2)")
                                .arg(o.value(QStringLiteral("version")).toInt())
                                .arg(Version));
                    return;
                }
                for (const auto &kind : o.value(QStringLiteral("equivalenceKinds")).toArray())
                    records.equivalenceKinds << kind.toString();
                continue;
            }
            if (type == u"label")
                readLabel(o, records);
            else if (type == u"entity")
                readEntity(o, records);
            else if (type == u"article")
                readArticle(o, records);
            else if (type == u"annotation")
                readAnnotation(o, records);
            else if (type == u"note")
                readNote(o, records);
            else if (type == u"relation")
                readRelation(o, records);
            else
                problem(ExchangeText::tr("unknown record type “%1”").arg(type));
        }
        if (!header)
            m_problems << ExchangeText::tr("%1: empty file").arg(m_file);
    }

private:
    void problem(const QString &message)
    {
        m_problems << QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(message);
    }

    bool id(const QJsonObject &o, const char *key, qint64 &out, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required) {
            out = 0;
            return true;
        }
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())) {
            problem(ExchangeText::tr("“%1” is not an id").arg(QLatin1String(key)));
            return false;
        }
        out = v.toInteger();
        return true;
    }

    void readLabel(const QJsonObject &o, Records &records)
    {
        Label l;
        if (!id(o, "id", l.id))
            return;
        l.name = o.value(QStringLiteral("name")).toString();
        l.kind = labelKindFromId(o.value(QStringLiteral("kind")).toString());
        l.color = QColor(o.value(QStringLiteral("color")).toString());
        l.hotkey = o.value(QStringLiteral("hotkey")).toString();
        const auto style = labelStyleFromId(o.value(QStringLiteral("style")).toString());
        if (l.name.isEmpty() || !l.color.isValid() || !style) {
            problem(ExchangeText::tr("a label needs a name, a colour and a style"));
            return;
        }
        l.style = *style;
        records.labels << l;
    }

    void readEntity(const QJsonObject &o, Records &records)
    {
        Entity e;
        if (!id(o, "id", e.id) || !id(o, "label", e.labelId))
            return;
        e.name = o.value(QStringLiteral("name")).toString();
        if (e.name.isEmpty()) {
            problem(ExchangeText::tr("an entity needs a name"));
            return;
        }
        for (const auto &alias : o.value(QStringLiteral("aliases")).toArray())
            e.aliases << alias.toString();
        e.wikidata = o.value(QStringLiteral("wikidata")).toString();
        e.url = o.value(QStringLiteral("url")).toString();
        e.created = timeFrom(o.value(QStringLiteral("created")));
        e.modified = timeFrom(o.value(QStringLiteral("modified")));
        records.entities << e;
    }

    void readArticle(const QJsonObject &o, Records &records)
    {
        StoredArticle a;
        if (!id(o, "id", a.id))
            return;
        a.text = o.value(QStringLiteral("text")).toString();
        a.sha256 = o.value(QStringLiteral("sha256")).toString();
        Article check;
        check.text = a.text;
        if (a.sha256 != check.sha256()) {
            problem(ExchangeText::tr("article %1: the text is not the one its SHA-256 names").arg(a.id));
            return;
        }
        a.documentId = o.value(QStringLiteral("document")).toString();
        a.title = o.value(QStringLiteral("title")).toString();
        a.language = o.value(QStringLiteral("language")).toString();
        a.sourcePath = o.value(QStringLiteral("source_path")).toString();
        a.sourceFormat = o.value(QStringLiteral("source_format")).toString();
        a.bodyLength = o.value(QStringLiteral("body_length")).toInteger(-1);
        const qint64 length = a.text.toUcs4().size();
        if (a.bodyLength < 0 || a.bodyLength > length) {
            problem(ExchangeText::tr("article %1: the body length is not inside the text").arg(a.id));
            return;
        }
        a.importedAt = timeFrom(o.value(QStringLiteral("imported")));
        a.status = articleStatusFromId(o.value(QStringLiteral("status")).toString()).value_or(ArticleStatus::ToDo);
        a.metadata = QString::fromUtf8(
            QJsonDocument(o.value(QStringLiteral("metadata")).toObject()).toJson(QJsonDocument::Compact));
        records.articles << a;
    }

    void readAnnotation(const QJsonObject &o, Records &records)
    {
        Annotation a;
        if (!id(o, "id", a.id) || !id(o, "article", a.articleId) || !id(o, "label_id", a.labelId)
            || !id(o, "entity", a.entityId, false))
            return;
        const QJsonValue start = o.value(QStringLiteral("start"));
        const QJsonValue end = o.value(QStringLiteral("end"));
        a.start = start.toInteger(-1);
        a.end = end.toInteger(-1);
        if (a.start < 0 || a.end <= a.start) {
            problem(ExchangeText::tr("annotation %1: no span (start %2, end %3)")
                        .arg(a.id)
                        .arg(asWritten(start), asWritten(end)));
            return;
        }
        records.annotationLines.insert(a.id, QStringLiteral("%1:%2").arg(m_file).arg(m_line));
        a.quote = o.value(QStringLiteral("text")).toString();
        a.prefix = o.value(QStringLiteral("prefix")).toString();
        a.suffix = o.value(QStringLiteral("suffix")).toString();
        a.author = o.value(QStringLiteral("author")).toString();
        a.created = timeFrom(o.value(QStringLiteral("created")));
        a.modified = timeFrom(o.value(QStringLiteral("modified")));
        a.orphan = o.value(QStringLiteral("orphan")).toBool();
        if (o.contains(QStringLiteral("claim"))) {
            const QJsonObject c = o.value(QStringLiteral("claim")).toObject();
            Claim claim;
            if (!id(c, "claimant_mention", claim.claimantMention, false)
                || !id(c, "claimant_entity", claim.claimantEntity, false))
                return;
            const auto kind = claimKindFromId(c.value(QStringLiteral("kind")).toString());
            const auto verdict = verdictFromId(c.value(QStringLiteral("verdict")).toString());
            if (!kind || !verdict) {
                problem(ExchangeText::tr("annotation %1: the claim's kind or verdict is unknown").arg(a.id));
                return;
            }
            claim.kind = *kind;
            claim.verdict = *verdict;
            claim.checkWorthiness = std::clamp(c.value(QStringLiteral("check_worthiness")).toInt(), 0, 3);
            claim.rating = c.value(QStringLiteral("rating")).toString();
            claim.reviewed = c.value(QStringLiteral("reviewed")).toString();
            for (const auto &e : c.value(QStringLiteral("evidence")).toArray())
                claim.evidence << Evidence{e.toObject().value(QStringLiteral("url")).toString(),
                                           e.toObject().value(QStringLiteral("note")).toString()};
            a.claim = claim;
        }
        if (o.contains(QStringLiteral("mt_error"))) {
            const QJsonObject e = o.value(QStringLiteral("mt_error")).toObject();
            const auto severity = mqmSeverityFromId(e.value(QStringLiteral("severity")).toString());
            if (!severity) {
                problem(ExchangeText::tr("annotation %1: the MT error's severity is unknown").arg(a.id));
                return;
            }
            a.mtError = MtError{e.value(QStringLiteral("category")).toString(), *severity,
                                e.value(QStringLiteral("correction")).toString(),
                                e.value(QStringLiteral("finding_rule")).toString()};
        }
        records.annotations << a;
    }

    void readNote(const QJsonObject &o, Records &records)
    {
        Note n;
        if (!id(o, "id", n.id) || !id(o, "article", n.articleId, false) || !id(o, "annotation", n.annotationId, false))
            return;
        n.text = o.value(QStringLiteral("text")).toString();
        n.author = o.value(QStringLiteral("author")).toString();
        n.created = timeFrom(o.value(QStringLiteral("created")));
        n.modified = timeFrom(o.value(QStringLiteral("modified")));
        records.notes << n;
    }

    void readRelation(const QJsonObject &o, Records &records)
    {
        Relation r;
        if (!id(o, "id", r.id) || !id(o, "source", r.sourceId) || !id(o, "target", r.targetId))
            return;
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.created = timeFrom(o.value(QStringLiteral("created")));
        records.relations << r;
    }

    QStringList &m_problems;
    QString m_file;
    int m_line = 0;
};

// Said by checkReferences() and, when other problems skip it, by asBatch().
QString pastTheEnd(const Records &r, const Annotation &a)
{
    return r.annotationLines.value(a.id) + QStringLiteral(": ")
        + ExchangeText::tr("annotation %1: the span %2–%3 is past the end of its article")
              .arg(a.id)
              .arg(a.start)
              .arg(a.end);
}

// References between the records of one file: every id named must be there.
void checkReferences(const Records &r, QStringList &problems)
{
    QSet<qint64> labels, entities, articles, annotations;
    QHash<qint64, qint64> lengthOf;
    for (const Label &l : r.labels)
        labels.insert(l.id);
    for (const Entity &e : r.entities) {
        entities.insert(e.id);
        if (!labels.contains(e.labelId))
            problems << ExchangeText::tr("entity %1: no label %2").arg(e.id).arg(e.labelId);
    }
    for (const StoredArticle &a : r.articles) {
        articles.insert(a.id);
        lengthOf.insert(a.id, a.text.toUcs4().size());
    }
    for (const Annotation &a : r.annotations) {
        annotations.insert(a.id);
        if (!articles.contains(a.articleId))
            problems << ExchangeText::tr("annotation %1: no article %2").arg(a.id).arg(a.articleId);
        else if (a.end > lengthOf.value(a.articleId))
            problems << pastTheEnd(r, a);
        if (!labels.contains(a.labelId))
            problems << ExchangeText::tr("annotation %1: no label %2").arg(a.id).arg(a.labelId);
        if (a.entityId != 0 && !entities.contains(a.entityId))
            problems << ExchangeText::tr("annotation %1: no entity %2").arg(a.id).arg(a.entityId);
    }
    for (const Annotation &a : r.annotations) {
        if (a.claim && a.claim->claimantMention != 0 && !annotations.contains(a.claim->claimantMention))
            problems
                << ExchangeText::tr("claim %1: no mention %2 for its claimant").arg(a.id).arg(a.claim->claimantMention);
        if (a.claim && a.claim->claimantEntity != 0 && !entities.contains(a.claim->claimantEntity))
            problems
                << ExchangeText::tr("claim %1: no entity %2 for its claimant").arg(a.id).arg(a.claim->claimantEntity);
    }
    for (const Note &n : r.notes) {
        if (n.annotationId != 0 ? !annotations.contains(n.annotationId) : !articles.contains(n.articleId))
            problems << ExchangeText::tr("note %1: what it is on is not in the file").arg(n.id);
    }
    for (const Relation &rel : r.relations) {
        if (!annotations.contains(rel.sourceId) || !annotations.contains(rel.targetId))
            problems << ExchangeText::tr("relation %1: an end is not in the file").arg(rel.id);
    }
}

// Into a project without articles: every record with its id.
Status restore(ProjectStore &store, const Records &r)
{
    auto existing = store.labels();
    if (!existing)
        return makeError(existing.error());
    // The file's schema replaces the new project's (nothing uses it yet);
    // all of it first, so that a name moving to another id is no clash.
    for (const Label &l : std::as_const(*existing)) {
        if (Status s = store.deleteLabel(l.id); !s)
            return s;
    }
    for (const Label &l : r.labels) {
        if (auto id = store.putLabel(l); !id)
            return makeError(id.error());
    }
    for (const Entity &e : r.entities) {
        if (auto id = store.putEntity(e); !id)
            return makeError(id.error());
    }
    for (const StoredArticle &a : r.articles) {
        if (Status s = store.restoreArticle(a); !s)
            return s;
    }
    for (const Annotation &a : r.annotations) {
        if (auto id = store.insertAnnotation(a); !id)
            return makeError(id.error());
    }
    for (const Note &n : r.notes) {
        if (auto id = store.putNote(n); !id)
            return makeError(id.error());
    }
    for (const Relation &rel : r.relations) {
        if (auto id = store.putRelation(rel); !id)
            return makeError(id.error());
    }
    return store.addEquivalenceKinds(r.equivalenceKinds);
}

// Into a project with articles: what the file has, added.
ImportBatch asBatch(const Records &r, QStringList problems)
{
    ImportBatch batch;
    batch.problems = std::move(problems);
    batch.equivalenceKinds = r.equivalenceKinds;
    QHash<qint64, const Label *> labels;
    for (const Label &l : r.labels)
        labels.insert(l.id, &l);
    auto key = [](char kind, qint64 id) { return QStringLiteral("%1%2").arg(QLatin1Char(kind)).arg(id); };
    for (const Entity &e : r.entities) {
        const Label *label = labels.value(e.labelId);
        batch.entities << ImportedEntity{key('e', e.id), e.name,     label ? label->name : QString(),
                                         e.aliases,      e.wikidata, e.url};
    }
    QHash<qint64, qsizetype> articleIndex;
    for (const StoredArticle &a : r.articles) {
        ImportedArticle imported;
        imported.article.text = a.text;
        imported.article.documentId = a.documentId;
        imported.article.title = a.title;
        imported.article.language = a.language;
        imported.article.sourcePath = a.sourcePath;
        imported.article.sourceFormat = a.sourceFormat;
        imported.article.bodyLength = a.bodyLength;
        articleIndex.insert(a.id, batch.articles.size());
        batch.articles << imported;
    }
    QHash<qint64, qint64> articleOf;
    QHash<qint64, QStringList> notesOf;
    for (const Note &n : r.notes) {
        if (n.annotationId != 0)
            notesOf[n.annotationId] << n.text;
        else if (articleIndex.contains(n.articleId))
            batch.articles[articleIndex.value(n.articleId)].notes << n.text;
    }
    for (const Annotation &a : r.annotations) {
        articleOf.insert(a.id, a.articleId);
        const Label *label = labels.value(a.labelId);
        ImportedAnnotation ia;
        ia.key = key('a', a.id);
        ia.label = label ? label->name : QString();
        ia.kind = label ? label->kind : LabelKind::Entity;
        ia.start = a.start;
        ia.end = a.end;
        ia.entityKey = a.entityId != 0 ? key('e', a.entityId) : QString();
        ia.claim = a.claim;
        if (a.claim && a.claim->claimantMention != 0)
            ia.claimantKey = key('a', a.claim->claimantMention);
        if (a.claim && a.claim->claimantEntity != 0)
            ia.claimantEntityKey = key('e', a.claim->claimantEntity);
        ia.mtError = a.mtError;
        ia.author = a.author;
        ia.created = a.created;
        ia.modified = a.modified;
        ia.notes = notesOf.value(a.id);
        const auto article = articleIndex.constFind(a.articleId);
        if (article == articleIndex.cend()) {
            batch.problems << ExchangeText::tr("annotation %1: no article %2 in the files").arg(a.id).arg(a.articleId);
            continue;
        }
        // Checked here too: a file with other problems skips checkReferences().
        if (a.end > TextOffsets(batch.articles.at(*article).article.text).codePointCount()) {
            if (const QString problem = pastTheEnd(r, a); !batch.problems.contains(problem))
                batch.problems << problem;
            continue;
        }
        batch.articles[*article].annotations << ia;
    }
    for (const Relation &rel : r.relations) {
        const auto article = articleIndex.constFind(articleOf.value(rel.sourceId, -1));
        if (article == articleIndex.cend()) {
            batch.problems << ExchangeText::tr("relation %1: its source is not in the files").arg(rel.id);
            continue;
        }
        batch.articles[*article].relations
            << ImportedRelation{rel.kind, key('a', rel.sourceId), key('a', rel.targetId)};
    }
    return batch;
}

} // namespace

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    QJsonObject header{{QStringLiteral("type"), QStringLiteral("marginalia")},
                       {QStringLiteral("format"), QStringLiteral("jsonl")},
                       {QStringLiteral("version"), Version}};
    if (!snapshot.equivalenceKinds.isEmpty())
        header.insert(QStringLiteral("equivalenceKinds"), QJsonArray::fromStringList(snapshot.equivalenceKinds));
    line(file, header);
    for (const Label &l : snapshot.labels) {
        line(file,
             {{QStringLiteral("type"), QStringLiteral("label")},
              {QStringLiteral("id"), l.id},
              {QStringLiteral("name"), l.name},
              {QStringLiteral("kind"), labelKindId(l.kind)},
              {QStringLiteral("color"), l.color.name()},
              {QStringLiteral("hotkey"), l.hotkey},
              {QStringLiteral("style"), labelStyleId(l.style)}});
    }
    for (const Entity &e : snapshot.entities) {
        line(file,
             {{QStringLiteral("type"), QStringLiteral("entity")},
              {QStringLiteral("id"), e.id},
              {QStringLiteral("name"), e.name},
              {QStringLiteral("label"), e.labelId},
              {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
              {QStringLiteral("wikidata"), e.wikidata},
              {QStringLiteral("url"), e.url},
              {QStringLiteral("created"), time(e.created)},
              {QStringLiteral("modified"), time(e.modified)}});
    }
    ExportReport report;
    for (const ArticleBundle &bundle : snapshot.articles) {
        const StoredArticle &a = bundle.article;
        ++report.articles;
        line(file,
             {{QStringLiteral("type"), QStringLiteral("article")},
              {QStringLiteral("id"), a.id},
              {QStringLiteral("document"), a.documentId},
              {QStringLiteral("title"), a.title},
              {QStringLiteral("language"), a.language},
              {QStringLiteral("source_path"), a.sourcePath},
              {QStringLiteral("source_format"), a.sourceFormat},
              {QStringLiteral("body_length"), a.bodyLength},
              {QStringLiteral("sha256"), a.sha256},
              {QStringLiteral("status"), articleStatusId(a.status)},
              {QStringLiteral("metadata"), QJsonDocument::fromJson(a.metadata.toUtf8()).object()},
              {QStringLiteral("imported"), time(a.importedAt)},
              {QStringLiteral("text"), a.text}});
        for (const Annotation &an : bundle.annotations) {
            ++report.annotations;
            const Label *label = snapshot.label(an.labelId);
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("annotation")},
                          {QStringLiteral("id"), an.id},
                          {QStringLiteral("article"), a.id},
                          {QStringLiteral("document"), a.documentId.isEmpty() ? a.title : a.documentId},
                          {QStringLiteral("article_sha256"), a.sha256},
                          {QStringLiteral("label"), label ? label->name : QString()},
                          {QStringLiteral("label_id"), an.labelId},
                          {QStringLiteral("start"), an.start},
                          {QStringLiteral("end"), an.end},
                          {QStringLiteral("text"), an.quote},
                          {QStringLiteral("prefix"), an.prefix},
                          {QStringLiteral("suffix"), an.suffix},
                          {QStringLiteral("author"), an.author},
                          {QStringLiteral("created"), time(an.created)},
                          {QStringLiteral("modified"), time(an.modified)},
                          {QStringLiteral("orphan"), an.orphan}};
            if (an.entityId != 0)
                o.insert(QStringLiteral("entity"), an.entityId);
            if (an.claim)
                o.insert(QStringLiteral("claim"), claimJson(*an.claim));
            if (an.mtError)
                o.insert(QStringLiteral("mt_error"), mtErrorJson(*an.mtError));
            line(file, o);
        }
        for (const Note &n : bundle.notes) {
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("note")},
                          {QStringLiteral("id"), n.id},
                          {QStringLiteral("text"), n.text},
                          {QStringLiteral("author"), n.author},
                          {QStringLiteral("created"), time(n.created)},
                          {QStringLiteral("modified"), time(n.modified)}};
            if (n.annotationId != 0)
                o.insert(QStringLiteral("annotation"), n.annotationId);
            else
                o.insert(QStringLiteral("article"), a.id);
            line(file, o);
        }
        for (const Relation &r : bundle.relations) {
            line(file,
                 {{QStringLiteral("type"), QStringLiteral("relation")},
                  {QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("source"), r.sourceId},
                  {QStringLiteral("target"), r.targetId},
                  {QStringLiteral("created"), time(r.created)}});
        }
    }
    if (!file.commit())
        return makeError(ExchangeText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return report;
}

ImportBatch read(const QStringList &paths)
{
    QStringList problems;
    Records records;
    Reader reader(problems);
    for (const QString &path : paths)
        reader.read(path, records);
    if (problems.isEmpty())
        checkReferences(records, problems);
    return asBatch(records, problems);
}

Result<ImportReport> import(ProjectStore &store, const QStringList &paths, bool partial)
{
    if (store.readOnly())
        return makeError(ExchangeText::tr("This project is open read-only here: nothing can be imported into it."));
    QStringList problems;
    Records records;
    Reader reader(problems);
    for (const QString &path : paths)
        reader.read(path, records);
    if (paths.size() == 1 && problems.isEmpty())
        checkReferences(records, problems);
    auto articles = store.articles();
    if (!articles)
        return makeError(articles.error());
    // One complete file into an empty project: the project as it was. A
    // file with problems cannot be that; asked for what can be read, it is
    // added as into any project.
    if (articles->isEmpty() && paths.size() == 1 && (problems.isEmpty() || !partial)) {
        if (!problems.isEmpty())
            return makeError(ExchangeText::tr("Nothing was imported. %Ln problem(s):", nullptr, int(problems.size()))
                             + u'\n' + problems.join(u'\n'));
        if (Status s = store.inTransaction([&] { return restore(store, records); }); !s)
            return makeError(ExchangeText::tr("Nothing was imported: %1").arg(s.error()));
        ImportReport report;
        report.articlesAdded = int(records.articles.size());
        report.annotations = int(records.annotations.size());
        report.entities = int(records.entities.size());
        return report;
    }
    return commit(store, asBatch(records, problems), partial);
}

} // namespace Marginalia::Exchange::Jsonl
