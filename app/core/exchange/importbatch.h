#pragma once
// What an importer reads, before it touches the project: articles with their
// annotations, entities, notes and relations, each annotation naming its
// label by name and referring to others by the importer's own keys (brat's
// "T1", a W3C annotation's id, a JSONL record id). Every importer fills an
// ImportBatch; Exchange::commit() writes a whole batch in one transaction,
// so a failed import changes nothing in the project.
//
// Offsets are code points of the article's text, as everywhere in the
// project. `problems` lists what the importer could not read, one line each
// ("news.ann:12: unknown annotation type 'Q'"): an importer reports and goes
// on with the rest; commit() refuses a batch with problems unless asked to
// import what could be read.

#include "annotation.h"
#include "article.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Marginalia {

class ProjectStore;

namespace Exchange {

struct ImportedAnnotation {
    QString key; // unique within its article; may be empty if nothing refers to it
    QString label; // a label name; created (kind `kind`) if the project has none by that name
    LabelKind kind = LabelKind::Entity;
    qint64 start = 0; // code points of the article's text
    qint64 end = 0;
    QString entityKey; // an ImportedEntity's key, or empty
    std::optional<Claim> claim; // claimantMention / claimantEntity are ignored: see below
    QString claimantKey; // the key of the mention (an annotation of the same article) that makes the claim
    QString claimantEntityKey; // or an entity's key
    std::optional<MtError> mtError;
    QString author;
    QDateTime created; // when invalid: the time of the import
    QDateTime modified;
    QStringList notes;
};

struct ImportedRelation {
    QString kind;
    QString sourceKey; // annotation keys within the same article
    QString targetKey;
};

struct ImportedArticle {
    // The text is the identity: an article already in the project (same
    // SHA-256) gets the annotations; otherwise it is added.
    Article article;
    QList<ImportedAnnotation> annotations;
    QList<ImportedRelation> relations;
    QStringList notes; // on the article itself
    QString metadata; // a JSON object for an added article, or empty
};

struct ImportedEntity {
    QString key; // unique within the batch
    QString name;
    QString label; // an entity label name
    QStringList aliases;
    QString wikidata;
    QString url;
};

struct ImportBatch {
    QList<ImportedArticle> articles;
    QList<ImportedEntity> entities;
    // Relation kinds the source says are equivalences (brat "*" lines):
    // recorded in the project (ProjectStore::addEquivalenceKinds).
    QStringList equivalenceKinds;
    QStringList problems;
};

struct ImportReport {
    int articlesAdded = 0;
    int articlesMatched = 0; // already in the project
    int annotations = 0;
    int entities = 0; // added
    int entitiesMatched = 0; // already in the project (or earlier in the batch): see commit()
    int labelsCreated = 0;
    QStringList problems; // the batch's, and what commit() skipped
};

// Writes the batch in one transaction. With problems in the batch and
// `partial` false, nothing is written and the problems are the error.
//
// An imported entity the project already has is not added again: one with
// the same Wikidata item (in the project or earlier in the batch), or else
// a project entity of the same type whose name or an alias is its name
// (unless both have Wikidata items). The known entity gains the imported
// names as aliases, and a Wikidata item or URL where it had none.
Result<ImportReport> commit(ProjectStore &store, const ImportBatch &batch, bool partial = false);

} // namespace Exchange
} // namespace Marginalia
