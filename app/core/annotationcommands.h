#pragma once
// One undo command type for every change to the annotations: a change set,
// the records as they were and as they become. Redo writes the "after"
// records, undo the "before" records, each in one transaction, so a batch
// ("tag all occurrences", "merge two entities") is undone at once and a
// crash in the middle leaves the file as it was.

#include "annotation.h"
#include "result.h"

#include <QSet>
#include <QUndoCommand>

#include <optional>
#include <variant>

namespace Marginalia {

class Annotator;
class ProjectStore;

// StoredArticle: a new version of an article's text (re-import); never
// inserted or deleted through a change set.
// ArticleStatusRecord: only ever updated.
// Label: an entry of the label schema (deleted only while nothing uses it).
using Record =
    std::variant<AnnotationRecord, Entity, Note, Relation, FindingStatus, StoredArticle, ArticleStatusRecord, Label>;

// One record before and after the change: no "before" is an insertion, no
// "after" a deletion.
struct RecordChange {
    std::optional<Record> before;
    std::optional<Record> after;
    // When >= 0: the "after" record refers to the record written by that
    // earlier change of the set (a finding status to its new MT error
    // annotation, a mention to its new entity, a note to its new
    // annotation), whose id is only known once it is written.
    int refersTo = -1;
};

struct ChangeSet {
    QList<RecordChange> changes;
    QSet<qint64> articleIds; // whose annotations change
    bool entitiesChange = false;
    bool labelsChange = false;

    // Writes the "after" records in order, giving new records their ids.
    Status applyForward(ProjectStore &store);
    // Writes the "before" records, last change first.
    Status applyBackward(ProjectStore &store);
};

class ChangeCommand final : public QUndoCommand
{
public:
    // `changes` has been applied already (the first redo() does nothing).
    ChangeCommand(Annotator &annotator, const QString &text, ChangeSet changes);
    void undo() override;
    void redo() override;

private:
    Annotator &m_annotator;
    ChangeSet m_changes;
    bool m_applied = true;
};

} // namespace Marginalia
