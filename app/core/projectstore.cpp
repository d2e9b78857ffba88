#include "projectstore.h"
#include "trtext.h"

#include "storeformat.h"

#include <QCoreApplication>
#include <QMap>

namespace Marginalia {

namespace {

using StoreFormat::fromIso;
using StoreFormat::isoNow;

const char *const AnnotationColumns =
    "id, article_id, label_id, start, \"end\", quote, prefix, suffix, author, created, modified, entity_id, orphan";

Annotation readAnnotation(const Statement &s)
{
    Annotation a;
    a.id = s.int64(0);
    a.articleId = s.int64(1);
    a.labelId = s.int64(2);
    a.start = s.int64(3);
    a.end = s.int64(4);
    a.quote = s.text(5);
    a.prefix = s.text(6);
    a.suffix = s.text(7);
    a.author = s.text(8);
    a.created = fromIso(s.text(9));
    a.modified = fromIso(s.text(10));
    a.entityId = s.isNull(11) ? 0 : s.int64(11);
    a.orphan = s.int64(12) != 0;
    return a;
}

Result<QList<Annotation>> collectAnnotations(Result<Statement> stmt)
{
    if (!stmt)
        return makeError(stmt.error());
    QList<Annotation> result;
    if (Status s = stmt->forEach([&](const Statement &row) { result.append(readAnnotation(row)); }); !s)
        return makeError(s.error());
    return result;
}

} // namespace

Result<QSet<QString>> ProjectStore::dictionaryWords()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT word FROM dictionary_word"));
    if (!stmt)
        return makeError(stmt.error());
    QSet<QString> words;
    if (Status s = stmt->forEach([&](const Statement &row) { words.insert(row.text(0)); }); !s)
        return makeError(s.error());
    return words;
}

Status ProjectStore::addDictionaryWord(const QString &word)
{
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO dictionary_word (word, added) VALUES (?1, ?2) ON CONFLICT(word) DO NOTHING"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, word).bind(2, isoNow());
    return stmt->run();
}

Status ProjectStore::removeDictionaryWord(const QString &word)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM dictionary_word WHERE word = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, word);
    return stmt->run();
}

Result<QList<IgnoredFinding>> ProjectStore::ignoredFindings(qint64 articleId)
{
    auto statuses = findingStatuses(articleId);
    if (!statuses)
        return makeError(statuses.error());
    QList<IgnoredFinding> list;
    for (const FindingStatus &f : std::as_const(*statuses)) {
        if (!f.accepted)
            list.append({f.rule, f.start, f.end, f.text});
    }
    return list;
}

Status ProjectStore::addIgnoredFinding(qint64 articleId, const IgnoredFinding &finding)
{
    FindingStatus status;
    status.articleId = articleId;
    status.rule = finding.rule;
    status.start = finding.start;
    status.end = finding.end;
    status.text = finding.text;
    auto id = putFindingStatus(status);
    return id ? Status() : Status(makeError(id.error()));
}

Result<std::optional<qint64>> ProjectStore::findArticleBySha256(const QString &sha256)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM article WHERE sha256 = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, sha256);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    return *row ? std::optional<qint64>(stmt->int64(0)) : std::nullopt;
}

Result<qint64> ProjectStore::importArticle(const Article &a)
{
    const QString sha = a.sha256();
    auto existing = findArticleBySha256(sha);
    if (!existing)
        return makeError(existing.error());
    if (existing->has_value())
        return existing->value();
    StoredArticle row;
    row.sha256 = sha;
    row.documentId = a.documentId;
    row.title = a.title;
    row.language = a.language;
    row.sourcePath = a.sourcePath;
    row.sourceFormat = a.sourceFormat;
    row.bodyLength = a.bodyLength;
    row.text = a.text;
    auto id = insertArticle(row); // imported now, to do, no metadata
    if (!id)
        return makeError(StoreText::tr("Cannot save the article: %1").arg(id.error()));
    return *id;
}

Status ProjectStore::restoreArticle(const StoredArticle &a)
{
    Article text;
    text.text = a.text;
    if (text.sha256() != a.sha256)
        return makeError(StoreText::tr("The article %1 does not have the text its SHA-256 names.").arg(a.id));
    if (auto id = insertArticle(a); !id)
        return makeError(StoreText::tr("Cannot save the article %1: %2").arg(a.id).arg(id.error()));
    return {};
}

Result<qint64> ProjectStore::insertArticle(const StoredArticle &a)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO article (id, sha256, doc_id, title, language, source_path, source_format, body_length, text, "
        "imported_at, status, metadata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (!stmt)
        return makeError(stmt.error());
    if (a.id > 0)
        stmt->bind(1, a.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, a.sha256)
        .bind(3, a.documentId)
        .bind(4, a.title)
        .bind(5, a.language)
        .bind(6, a.sourcePath)
        .bind(7, a.sourceFormat.isEmpty() ? QStringLiteral("txt") : a.sourceFormat)
        .bind(8, a.bodyLength)
        .bind(9, a.text)
        .bind(10, StoreFormat::isoOrNow(a.importedAt))
        .bind(11, articleStatusId(a.status))
        .bind(12, a.metadata.isEmpty() ? QStringLiteral("{}") : a.metadata);
    if (Status s = stmt->run(); !s)
        return makeError(s.error());
    return a.id > 0 ? a.id : m_db.lastInsertRowId();
}

namespace {

// The article columns in the order readArticle() expects; `text` is the
// full text or, for listings, an empty string.
QString articleQuery(const char *textColumn, const char *rest)
{
    return QStringLiteral("SELECT id, sha256, doc_id, title, language, source_path, source_format, body_length, %1, "
                          "imported_at, status, metadata FROM article %2")
        .arg(QLatin1String(textColumn), QLatin1String(rest));
}

StoredArticle readArticle(const Statement &row)
{
    StoredArticle a;
    a.id = row.int64(0);
    a.sha256 = row.text(1);
    a.documentId = row.text(2);
    a.title = row.text(3);
    a.language = row.text(4);
    a.sourcePath = row.text(5);
    a.sourceFormat = row.text(6);
    a.bodyLength = row.int64(7);
    a.text = row.text(8);
    a.importedAt = fromIso(row.text(9));
    a.status = articleStatusFromId(row.text(10)).value_or(ArticleStatus::ToDo);
    a.metadata = row.text(11);
    return a;
}

} // namespace

Result<StoredArticle> ProjectStore::article(qint64 id)
{
    auto stmt = m_db.prepare(articleQuery("text", "WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(StoreText::tr("The project has no article %1.").arg(id));
    return readArticle(*stmt);
}

Result<QList<StoredArticle>> ProjectStore::articles()
{
    auto stmt = m_db.prepare(articleQuery("''", "ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<StoredArticle> result;
    if (Status s = stmt->forEach([&](const Statement &row) { result.append(readArticle(row)); }); !s)
        return makeError(s.error());
    return result;
}

Result<QList<ArticleSummary>> ProjectStore::articleSummaries(qint64 onlyId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.doc_id, a.title, a.language, a.status, COUNT(n.id), COALESCE(SUM(n.orphan), 0), "
        "COALESCE(SUM(l.kind = 'mt-error'), 0), COALESCE(SUM(l.kind = 'claim'), 0) "
        "FROM article a LEFT JOIN annotation n ON n.article_id = a.id LEFT JOIN label l ON l.id = n.label_id "
        "WHERE ?1 = 0 OR a.id = ?1 GROUP BY a.id ORDER BY a.id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, onlyId);
    QList<ArticleSummary> result;
    if (Status s = stmt->forEach([&](const Statement &row) {
            ArticleSummary a;
            a.id = row.int64(0);
            a.documentId = row.text(1);
            a.title = row.text(2);
            a.language = row.text(3);
            a.status = articleStatusFromId(row.text(4)).value_or(ArticleStatus::ToDo);
            a.annotations = int(row.int64(5));
            a.orphans = int(row.int64(6));
            a.mtErrors = int(row.int64(7));
            a.claims = int(row.int64(8));
            result.append(a);
        });
        !s)
        return makeError(s.error());
    return result;
}

Result<QList<CorpusHit>> ProjectStore::searchCorpus(const QString &query)
{
    const QString needle = query.trimmed();
    if (needle.isEmpty())
        return QList<CorpusHit>();
    QMap<qint64, CorpusHit> hits; // in article order
    auto texts = m_db.prepare(QStringLiteral("SELECT id, text FROM article ORDER BY id"));
    if (!texts)
        return makeError(texts.error());
    if (Status s = texts->forEach([&](const Statement &row) {
            if (const int n = int(row.text(1).count(needle, Qt::CaseInsensitive)); n > 0) {
                CorpusHit &hit = hits[row.int64(0)];
                hit.articleId = row.int64(0);
                hit.inText = n;
            }
        });
        !s)
        return makeError(s.error());
    // An annotation matches by its quote, its entity's name or its notes.
    auto annotations = m_db.prepare(
        QStringLiteral("SELECT n.article_id, n.quote || char(10) || COALESCE(e.name, '') || char(10) || "
                       "COALESCE((SELECT group_concat(t.text, char(10)) FROM note t WHERE t.annotation_id = n.id), '') "
                       "FROM annotation n LEFT JOIN entity e ON e.id = n.entity_id "
                       "UNION ALL SELECT t.article_id, t.text FROM note t WHERE t.article_id IS NOT NULL"));
    if (!annotations)
        return makeError(annotations.error());
    if (Status s = annotations->forEach([&](const Statement &row) {
            if (row.text(1).contains(needle, Qt::CaseInsensitive)) {
                CorpusHit &hit = hits[row.int64(0)];
                hit.articleId = row.int64(0);
                ++hit.inAnnotations;
            }
        });
        !s)
        return makeError(s.error());
    return hits.values();
}

Result<QList<Label>> ProjectStore::labels()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, kind, color, hotkey, style FROM label ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<Label> result;
    if (Status s = stmt->forEach([&](const Statement &row) {
            Label l;
            l.id = row.int64(0);
            l.name = row.text(1);
            l.kind = labelKindFromId(row.text(2));
            l.color = QColor::fromString(row.text(3));
            l.hotkey = row.text(4);
            l.style = labelStyleFromId(row.text(5)).value_or(defaultLabelStyle(l.kind));
            result.append(l);
        });
        !s)
        return makeError(s.error());
    return result;
}

Result<QList<Annotation>> ProjectStore::annotations(qint64 articleId)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT %1 FROM annotation WHERE article_id = ?1 ORDER BY start, \"end\", id")
                         .arg(QLatin1String(AnnotationColumns)));
    if (stmt)
        stmt->bind(1, articleId);
    auto list = collectAnnotations(std::move(stmt));
    if (list) {
        if (Status s = fillDetails(*list, QStringLiteral("a.article_id = ?1"), articleId); !s)
            return makeError(s.error());
    }
    return list;
}

Result<QList<Annotation>> ProjectStore::allAnnotations()
{
    auto list = collectAnnotations(
        m_db.prepare(QStringLiteral("SELECT %1 FROM annotation ORDER BY article_id, start, \"end\", id")
                         .arg(QLatin1String(AnnotationColumns))));
    if (list) {
        if (Status s = fillDetails(*list, QStringLiteral("?1 = ?1"), 0); !s)
            return makeError(s.error());
    }
    return list;
}

Result<Annotation> ProjectStore::annotation(qint64 id)
{
    auto found = findAnnotation(id);
    if (!found)
        return makeError(found.error());
    if (!*found)
        return makeError(StoreText::tr("The project has no annotation %1.").arg(id));
    return std::move(**found);
}

Result<std::optional<Annotation>> ProjectStore::findAnnotation(qint64 id)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT %1 FROM annotation WHERE id = ?1").arg(QLatin1String(AnnotationColumns)));
    if (stmt)
        stmt->bind(1, id);
    auto list = collectAnnotations(std::move(stmt));
    if (!list)
        return makeError(list.error());
    if (list->isEmpty())
        return std::optional<Annotation>();
    if (Status s = fillDetails(*list, QStringLiteral("a.id = ?1"), id); !s)
        return makeError(s.error());
    return std::optional<Annotation>(list->constFirst());
}

Result<qint64> ProjectStore::writeAnnotationRow(const Annotation &a)
{
    // An upsert updates in place: a delete and re-insert would cascade to the
    // claims that name this mention and to the finding it was accepted from.
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO annotation (id, article_id, label_id, start, \"end\", quote, prefix, suffix, author, created, "
        "modified, entity_id, orphan) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT(id) DO UPDATE SET article_id = excluded.article_id, label_id = excluded.label_id, start = "
        "excluded.start, \"end\" = excluded.\"end\", quote = excluded.quote, prefix = excluded.prefix, suffix = "
        "excluded.suffix, author = excluded.author, modified = excluded.modified, entity_id = excluded.entity_id, "
        "orphan = excluded.orphan RETURNING id"));
    if (!stmt)
        return makeError(stmt.error());
    if (a.id > 0)
        stmt->bind(1, a.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, a.articleId)
        .bind(3, a.labelId)
        .bind(4, a.start)
        .bind(5, a.end)
        .bind(6, a.quote)
        .bind(7, a.prefix)
        .bind(8, a.suffix)
        .bind(9, a.author)
        .bind(10, StoreFormat::isoOrNow(a.created))
        .bind(11, StoreFormat::isoOrNow(a.modified))
        .bind(13, qint64(a.orphan ? 1 : 0));
    if (a.entityId > 0)
        stmt->bind(12, a.entityId);
    else
        stmt->bindNull(12);
    auto row = stmt->step();
    if (!row)
        return makeError(StoreText::tr("Cannot save the annotation: %1").arg(row.error()));
    return stmt->int64(0);
}

Result<qint64> ProjectStore::insertAnnotation(const Annotation &a)
{
    Transaction tx(m_db);
    if (!tx.status())
        return makeError(tx.status().error());
    Annotation stored = a;
    auto id = writeAnnotationRow(a);
    if (!id)
        return id;
    stored.id = *id;
    if (Status s = writeDetails(stored); !s)
        return makeError(StoreText::tr("Cannot save the annotation: %1").arg(s.error()));
    if (Status s = tx.commit(); !s)
        return makeError(StoreText::tr("Cannot save the annotation: %1").arg(s.error()));
    return stored.id;
}

Status ProjectStore::deleteAnnotation(qint64 id)
{
    if (Status s = deleteRow("annotation", id); !s)
        return makeError(StoreText::tr("Cannot remove the annotation: %1").arg(s.error()));
    return {};
}

Result<QString> ProjectStore::setting(const QString &key)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    return *row ? stmt->text(0) : QString();
}

Status ProjectStore::setSetting(const QString &key, const QString &value)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

namespace {
const QString EquivalenceKindsKey = QStringLiteral("relation.equivalence-kinds");
}

Result<QStringList> ProjectStore::equivalenceKinds()
{
    auto value = setting(EquivalenceKindsKey);
    if (!value)
        return makeError(value.error());
    return value->split(u'\n', Qt::SkipEmptyParts);
}

Status ProjectStore::addEquivalenceKinds(const QStringList &kinds)
{
    auto known = equivalenceKinds();
    if (!known)
        return makeError(known.error());
    QStringList all = *known;
    for (const QString &kind : kinds) {
        const QString k = kind.simplified();
        if (!k.isEmpty() && !all.contains(k, Qt::CaseInsensitive))
            all << k;
    }
    if (all == *known)
        return {};
    return setSetting(EquivalenceKindsKey, all.join(u'\n'));
}

} // namespace Marginalia
