// ProjectStore, part two: the records that hang on annotations (claims, MT
// errors, notes, relations), entities, labels, finding statuses, and the
// record-level reads and writes that undo and redo use. Every write is one
// transaction (or a savepoint inside a larger one).

#include "projectstore.h"
#include "trtext.h"

#include "storeformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Marginalia {

namespace {

using StoreFormat::fromIso;
using StoreFormat::isoOrNow;

// Binds `id` at `index`, or NULL when it is 0 (no link / a new row).
void bindId(Statement &stmt, int index, qint64 id)
{
    if (id > 0)
        stmt.bind(index, id);
    else
        stmt.bindNull(index);
}

qint64 idOrZero(const Statement &row, int column)
{
    return row.isNull(column) ? 0 : row.int64(column);
}

} // namespace

Status ProjectStore::setQueryOnly(bool on)
{
    return m_db.exec(on ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF"));
}

Status ProjectStore::deleteRow(const char *table, qint64 id)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(QLatin1String(table)));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    return stmt->run();
}

Status ProjectStore::inTransaction(const std::function<Status()> &writes)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")); !s)
        return s;
    if (Status s = writes(); !s)
        return s;
    return tx.commit();
}

Status ProjectStore::fillDetails(QList<Annotation> &annotations, const QString &where, qint64 key)
{
    if (annotations.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < annotations.size(); ++i)
        index.insert(annotations.at(i).id, i);
    auto claims = m_db.prepare(QStringLiteral("SELECT c.annotation_id, c.claimant_mention, c.claimant_entity, c.kind, "
                                              "c.check_worthiness, c.verdict, c.rating, c.reviewed FROM claim c JOIN "
                                              "annotation a ON a.id = c.annotation_id WHERE %1")
                                   .arg(where));
    if (!claims)
        return makeError(claims.error());
    claims->bind(1, key);
    Status s = claims->forEach([&](const Statement &row) {
        Claim c;
        c.claimantMention = idOrZero(row, 1);
        c.claimantEntity = idOrZero(row, 2);
        c.kind = claimKindFromId(row.text(3)).value_or(ClaimKind::Other);
        c.checkWorthiness = int(row.int64(4));
        c.verdict = verdictFromId(row.text(5)).value_or(Verdict::NotChecked);
        c.rating = row.text(6);
        c.reviewed = row.text(7);
        if (auto it = index.constFind(row.int64(0)); it != index.cend())
            annotations[*it].claim = c;
    });
    if (!s)
        return s;
    auto evidence = m_db.prepare(QStringLiteral("SELECT e.annotation_id, e.url, e.note FROM claim_evidence e JOIN "
                                                "annotation a ON a.id = e.annotation_id WHERE %1 ORDER BY e.id")
                                     .arg(where));
    if (!evidence)
        return makeError(evidence.error());
    evidence->bind(1, key);
    s = evidence->forEach([&](const Statement &row) {
        if (auto it = index.constFind(row.int64(0)); it != index.cend() && annotations[*it].claim)
            annotations[*it].claim->evidence.append({row.text(1), row.text(2)});
    });
    if (!s)
        return s;
    auto errors = m_db.prepare(QStringLiteral("SELECT m.annotation_id, m.category, m.severity, m.correction, "
                                              "m.finding_rule FROM mt_error m JOIN annotation a ON a.id = "
                                              "m.annotation_id WHERE %1")
                                   .arg(where));
    if (!errors)
        return makeError(errors.error());
    errors->bind(1, key);
    return errors->forEach([&](const Statement &row) {
        MtError e{row.text(1), mqmSeverityFromId(row.text(2)).value_or(MqmSeverity::Minor), row.text(3), row.text(4)};
        if (auto it = index.constFind(row.int64(0)); it != index.cend())
            annotations[*it].mtError = e;
    });
}

Status ProjectStore::writeDetails(const Annotation &a)
{
    if (a.claim) {
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO claim (annotation_id, claimant_mention, claimant_entity, kind, check_worthiness, verdict, "
            "rating, reviewed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(annotation_id) DO UPDATE SET "
            "claimant_mention = excluded.claimant_mention, claimant_entity = excluded.claimant_entity, kind = "
            "excluded.kind, check_worthiness = excluded.check_worthiness, verdict = excluded.verdict, rating = "
            "excluded.rating, reviewed = excluded.reviewed"));
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, a.id);
        bindId(*stmt, 2, a.claim->claimantMention);
        bindId(*stmt, 3, a.claim->claimantEntity);
        stmt->bind(4, claimKindId(a.claim->kind))
            .bind(5, qint64(a.claim->checkWorthiness))
            .bind(6, verdictId(a.claim->verdict))
            .bind(7, a.claim->rating)
            .bind(8, a.claim->reviewed);
        if (Status s = stmt->run(); !s)
            return s;
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM claim_evidence WHERE annotation_id = %1").arg(a.id)); !s)
            return s;
        for (const Evidence &e : a.claim->evidence) {
            auto ev = m_db.prepare(
                QStringLiteral("INSERT INTO claim_evidence (annotation_id, url, note) VALUES (?1, ?2, ?3)"));
            if (!ev)
                return makeError(ev.error());
            ev->bind(1, a.id).bind(2, e.url).bind(3, e.note);
            if (Status s = ev->run(); !s)
                return s;
        }
    }
    if (a.mtError) {
        auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO mt_error (annotation_id, category, severity, "
                                                "correction, finding_rule) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!stmt)
            return makeError(stmt.error());
        stmt->bind(1, a.id)
            .bind(2, a.mtError->category)
            .bind(3, mqmSeverityId(a.mtError->severity))
            .bind(4, a.mtError->correction)
            .bind(5, a.mtError->findingRule);
        return stmt->run();
    }
    return {};
}

Result<QList<qint64>> ProjectStore::mentions(qint64 entityId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM annotation WHERE entity_id = ?1 ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, entityId);
    QList<qint64> ids;
    if (Status s = stmt->forEach([&](const Statement &row) { ids.append(row.int64(0)); }); !s)
        return makeError(s.error());
    return ids;
}

Result<QList<qint64>> ProjectStore::claimsNaming(qint64 mentionId, qint64 entityId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT annotation_id FROM claim WHERE claimant_mention = ?1 OR claimant_entity = ?2 ORDER BY annotation_id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, mentionId).bind(2, entityId);
    QList<qint64> ids;
    if (Status s = stmt->forEach([&](const Statement &row) { ids.append(row.int64(0)); }); !s)
        return makeError(s.error());
    return ids;
}

Result<AnnotationRecord> ProjectStore::annotationRecord(qint64 id)
{
    auto a = annotation(id);
    if (!a)
        return makeError(a.error());
    AnnotationRecord record{*a, {}, {}};
    auto notes = m_db.prepare(
        QStringLiteral("SELECT id, text, author, created, modified FROM note WHERE annotation_id = ?1 ORDER BY id"));
    if (!notes)
        return makeError(notes.error());
    notes->bind(1, id);
    Status s = notes->forEach([&](const Statement &row) {
        record.notes.append(
            {row.int64(0), 0, id, row.text(1), row.text(2), fromIso(row.text(3)), fromIso(row.text(4))});
    });
    if (!s)
        return makeError(s.error());
    auto relations = m_db.prepare(QStringLiteral("SELECT id, kind, source_id, target_id, created FROM relation "
                                                 "WHERE source_id = ?1 OR target_id = ?1 ORDER BY id"));
    if (!relations)
        return makeError(relations.error());
    relations->bind(1, id);
    s = relations->forEach([&](const Statement &row) {
        record.relations.append({row.int64(0), row.text(1), row.int64(2), row.int64(3), fromIso(row.text(4))});
    });
    if (!s)
        return makeError(s.error());
    return record;
}

Status ProjectStore::updateAnnotation(const Annotation &a)
{
    if (auto id = writeAnnotationRow(a); !id)
        return makeError(id.error());
    if (!a.claim) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM claim WHERE annotation_id = %1").arg(a.id)); !s)
            return s;
    }
    if (!a.mtError) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM mt_error WHERE annotation_id = %1").arg(a.id)); !s)
            return s;
    }
    return writeDetails(a);
}

Result<qint64> ProjectStore::putAnnotationRecord(const AnnotationRecord &record)
{
    qint64 id = record.annotation.id;
    Status status = inTransaction([&]() -> Status {
        bool exists = false;
        if (id > 0) {
            auto query = m_db.prepare(QStringLiteral("SELECT 1 FROM annotation WHERE id = ?1"));
            if (!query)
                return makeError(query.error());
            query->bind(1, id);
            auto found = query->step();
            if (!found)
                return makeError(found.error());
            exists = *found;
        }
        if (exists) {
            if (Status s = updateAnnotation(record.annotation); !s)
                return s;
            if (Status s = m_db.exec(QStringLiteral("DELETE FROM note WHERE annotation_id = %1; DELETE FROM relation "
                                                    "WHERE source_id = %1 OR target_id = %1")
                                         .arg(id));
                !s)
                return s;
        } else {
            auto inserted = insertAnnotation(record.annotation);
            if (!inserted)
                return makeError(inserted.error());
            id = *inserted;
        }
        for (Note n : record.notes) {
            n.annotationId = id;
            if (auto put = putNote(n); !put)
                return makeError(put.error());
        }
        for (const Relation &r : record.relations) {
            if (auto put = putRelation(r); !put)
                return makeError(put.error());
        }
        return {};
    });
    if (!status)
        return makeError(status.error());
    return id;
}

Result<QList<Entity>> ProjectStore::entities()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, name, label_id, wikidata, url, created, modified FROM entity ORDER BY name, id"));
    if (!stmt)
        return makeError(stmt.error());
    QList<Entity> list;
    QHash<qint64, qsizetype> index;
    Status s = stmt->forEach([&](const Statement &row) {
        index.insert(row.int64(0), list.size());
        list.append({row.int64(0),
                     row.text(1),
                     row.int64(2),
                     {},
                     row.text(3),
                     row.text(4),
                     fromIso(row.text(5)),
                     fromIso(row.text(6))});
    });
    if (!s)
        return makeError(s.error());
    auto aliases = m_db.prepare(QStringLiteral("SELECT entity_id, alias FROM entity_alias ORDER BY alias"));
    if (!aliases)
        return makeError(aliases.error());
    s = aliases->forEach([&](const Statement &row) {
        if (auto it = index.constFind(row.int64(0)); it != index.cend())
            list[*it].aliases.append(row.text(1));
    });
    if (!s)
        return makeError(s.error());
    return list;
}

Result<Entity> ProjectStore::entity(qint64 id)
{
    auto all = entities();
    if (!all)
        return makeError(all.error());
    for (const Entity &e : std::as_const(*all)) {
        if (e.id == id)
            return e;
    }
    return makeError(StoreText::tr("The project has no entity %1.").arg(id));
}

Result<qint64> ProjectStore::putEntity(const Entity &e)
{
    Transaction tx(m_db);
    if (!tx.status())
        return makeError(tx.status().error());
    // An upsert, not INSERT OR REPLACE: replacing would delete the row first
    // and unlink every mention (ON DELETE SET NULL).
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO entity (id, name, label_id, wikidata, url, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, label_id = excluded.label_id, wikidata = "
        "excluded.wikidata, url = excluded.url, modified = excluded.modified"));
    if (!stmt)
        return makeError(stmt.error());
    bindId(*stmt, 1, e.id);
    stmt->bind(2, e.name)
        .bind(3, e.labelId)
        .bind(4, e.wikidata)
        .bind(5, e.url)
        .bind(6, isoOrNow(e.created))
        .bind(7, isoOrNow(e.modified));
    if (Status s = stmt->run(); !s)
        return makeError(StoreText::tr("Cannot save the entity “%1”: %2").arg(e.name, s.error()));
    const qint64 id = e.id > 0 ? e.id : m_db.lastInsertRowId();
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM entity_alias WHERE entity_id = %1").arg(id)); !s)
        return makeError(s.error());
    for (const QString &alias : e.aliases) {
        auto add =
            m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?1, ?2)"));
        if (!add)
            return makeError(add.error());
        add->bind(1, id).bind(2, alias);
        if (Status s = add->run(); !s)
            return makeError(s.error());
    }
    if (Status s = tx.commit(); !s)
        return makeError(s.error());
    return id;
}

Status ProjectStore::deleteEntity(qint64 id)
{
    return deleteRow("entity", id);
}

Result<QList<Note>> ProjectStore::notes(qint64 articleId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT n.id, n.article_id, n.annotation_id, n.text, n.author, n.created, n.modified FROM note n "
        "LEFT JOIN annotation a ON a.id = n.annotation_id WHERE n.article_id = ?1 OR a.article_id = ?1 ORDER BY n.id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, articleId);
    QList<Note> list;
    Status s = stmt->forEach([&](const Statement &row) {
        list.append({row.int64(0), idOrZero(row, 1), idOrZero(row, 2), row.text(3), row.text(4), fromIso(row.text(5)),
                     fromIso(row.text(6))});
    });
    if (!s)
        return makeError(s.error());
    return list;
}

Result<Note> ProjectStore::note(qint64 id)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, article_id, annotation_id, text, author, created, modified FROM note WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(StoreText::tr("The project has no note %1.").arg(id));
    return Note{stmt->int64(0), idOrZero(*stmt, 1),     idOrZero(*stmt, 2),    stmt->text(3),
                stmt->text(4),  fromIso(stmt->text(5)), fromIso(stmt->text(6))};
}

Result<qint64> ProjectStore::noteArticle(const Note &n)
{
    if (n.articleId > 0)
        return n.articleId;
    auto a = annotation(n.annotationId);
    if (!a)
        return makeError(a.error());
    return a->articleId;
}

Result<qint64> ProjectStore::putNote(const Note &n)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO note (id, article_id, annotation_id, text, "
                                            "author, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!stmt)
        return makeError(stmt.error());
    bindId(*stmt, 1, n.id);
    bindId(*stmt, 2, n.articleId);
    bindId(*stmt, 3, n.annotationId);
    stmt->bind(4, n.text).bind(5, n.author).bind(6, isoOrNow(n.created)).bind(7, isoOrNow(n.modified));
    if (Status s = stmt->run(); !s)
        return makeError(StoreText::tr("Cannot save the note: %1").arg(s.error()));
    return n.id > 0 ? n.id : m_db.lastInsertRowId();
}

Status ProjectStore::deleteNote(qint64 id)
{
    return deleteRow("note", id);
}

Result<QList<Relation>> ProjectStore::relations(qint64 articleId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.kind, r.source_id, r.target_id, r.created FROM relation r JOIN annotation a ON a.id = "
        "r.source_id WHERE a.article_id = ?1 ORDER BY r.id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, articleId);
    QList<Relation> list;
    Status s = stmt->forEach([&](const Statement &row) {
        list.append({row.int64(0), row.text(1), row.int64(2), row.int64(3), fromIso(row.text(4))});
    });
    if (!s)
        return makeError(s.error());
    return list;
}

Result<Relation> ProjectStore::relation(qint64 id)
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT id, kind, source_id, target_id, created FROM relation WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    if (!*row)
        return makeError(StoreText::tr("The project has no relation %1.").arg(id));
    return Relation{stmt->int64(0), stmt->text(1), stmt->int64(2), stmt->int64(3), fromIso(stmt->text(4))};
}

Result<qint64> ProjectStore::putRelation(const Relation &r)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO relation (id, kind, source_id, target_id, created) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return makeError(stmt.error());
    bindId(*stmt, 1, r.id);
    stmt->bind(2, r.kind).bind(3, r.sourceId).bind(4, r.targetId).bind(5, isoOrNow(r.created));
    if (Status s = stmt->run(); !s)
        return makeError(StoreText::tr("Cannot save the relation: %1").arg(s.error()));
    return r.id > 0 ? r.id : m_db.lastInsertRowId();
}

Status ProjectStore::deleteRelation(qint64 id)
{
    return deleteRow("relation", id);
}

Result<QList<FindingStatus>> ProjectStore::findingStatuses(qint64 articleId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, article_id, rule, start, \"end\", text, status, "
                                            "annotation_id FROM finding_status WHERE article_id = ?1 ORDER BY id"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, articleId);
    QList<FindingStatus> list;
    Status s = stmt->forEach([&](const Statement &row) {
        list.append({row.int64(0), row.int64(1), row.text(2), row.int64(3), row.int64(4), row.text(5),
                     row.text(6) == u"accepted", idOrZero(row, 7)});
    });
    if (!s)
        return makeError(s.error());
    return list;
}

Result<qint64> ProjectStore::putFindingStatus(const FindingStatus &f)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO finding_status (id, article_id, rule, start, \"end\", text, status, annotation_id, created) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(article_id, rule, start, \"end\") DO UPDATE SET "
        "status = excluded.status, annotation_id = excluded.annotation_id RETURNING id"));
    if (!stmt)
        return makeError(stmt.error());
    bindId(*stmt, 1, f.id);
    stmt->bind(2, f.articleId)
        .bind(3, f.rule)
        .bind(4, f.start)
        .bind(5, f.end)
        .bind(6, f.text)
        .bind(7, f.accepted ? QStringLiteral("accepted") : QStringLiteral("ignored"))
        .bind(9, StoreFormat::isoNow());
    bindId(*stmt, 8, f.annotationId);
    auto row = stmt->step();
    if (!row)
        return makeError(StoreText::tr("Cannot save what was decided about the finding: %1").arg(row.error()));
    return stmt->int64(0);
}

Status ProjectStore::deleteFindingStatus(qint64 id)
{
    return deleteRow("finding_status", id);
}

Result<std::optional<qint64>> ProjectStore::findArticleByOrigin(const QString &documentId, const QString &sourcePath)
{
    auto stmt = documentId.isEmpty()
        ? m_db.prepare(QStringLiteral("SELECT id FROM article WHERE source_path = ?1 AND source_path != '' "
                                      "ORDER BY id DESC LIMIT 1"))
        : m_db.prepare(QStringLiteral("SELECT id FROM article WHERE doc_id = ?1 ORDER BY id DESC LIMIT 1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, documentId.isEmpty() ? sourcePath : documentId);
    auto row = stmt->step();
    if (!row)
        return makeError(row.error());
    return *row ? std::optional<qint64>(stmt->int64(0)) : std::nullopt;
}

Status ProjectStore::updateArticle(const StoredArticle &a)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "UPDATE article SET sha256 = ?2, doc_id = ?3, title = ?4, language = ?5, source_path = ?6, source_format = "
        "?7, body_length = ?8, text = ?9 WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, a.id)
        .bind(2, a.sha256)
        .bind(3, a.documentId)
        .bind(4, a.title)
        .bind(5, a.language)
        .bind(6, a.sourcePath)
        .bind(7, a.sourceFormat.isEmpty() ? QStringLiteral("txt") : a.sourceFormat)
        .bind(8, a.bodyLength)
        .bind(9, a.text);
    if (Status s = stmt->run(); !s)
        return makeError(StoreText::tr("Cannot save the new version of the article: %1").arg(s.error()));
    return {};
}

Status ProjectStore::setArticleStatus(qint64 id, ArticleStatus status)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE article SET status = ?2 WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id).bind(2, articleStatusId(status));
    return stmt->run();
}

Status ProjectStore::setArticleMetadata(qint64 id, const QString &metadata)
{
    if (!QJsonDocument::fromJson(metadata.toUtf8()).isObject())
        return makeError(StoreText::tr("The article's metadata must be a JSON object."));
    auto stmt = m_db.prepare(QStringLiteral("UPDATE article SET metadata = ?2 WHERE id = ?1"));
    if (!stmt)
        return makeError(stmt.error());
    stmt->bind(1, id).bind(2, metadata);
    return stmt->run();
}

Result<qint64> ProjectStore::putLabel(const Label &l)
{
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO label (id, name, kind, color, hotkey, style) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON "
                       "CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, color = "
                       "excluded.color, hotkey = excluded.hotkey, style = excluded.style"));
    if (!stmt)
        return makeError(stmt.error());
    bindId(*stmt, 1, l.id);
    stmt->bind(2, l.name)
        .bind(3, labelKindId(l.kind))
        .bind(4, l.color.name())
        .bind(5, l.hotkey)
        .bind(6, labelStyleId(l.style));
    if (Status s = stmt->run(); !s)
        return makeError(StoreText::tr("Cannot save the label “%1”: %2").arg(l.name, s.error()));
    return l.id > 0 ? l.id : m_db.lastInsertRowId();
}

Result<ProjectStore::LabelUsage> ProjectStore::labelUsage(qint64 id)
{
    auto used = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM annotation WHERE label_id = ?1), (SELECT count(*) FROM entity WHERE label_id "
        "= ?1)"));
    if (!used)
        return makeError(used.error());
    used->bind(1, id);
    auto row = used->step();
    if (!row)
        return makeError(row.error());
    return LabelUsage{used->int64(0), used->int64(1)};
}

Status ProjectStore::deleteLabel(qint64 id)
{
    auto usage = labelUsage(id);
    if (!usage)
        return makeError(usage.error());
    if (usage->inUse())
        return makeError(StoreText::tr("This label is still used by %Ln annotation(s) or entit(y/ies); remove them "
                                       "first.",
                                       nullptr, int(usage->annotations + usage->entities)));
    return deleteRow("label", id);
}

} // namespace Marginalia
