// Annotator, part two: the label schema. A label added, edited or removed is
// a change-set record like an annotation, so the label editor's changes are
// written in one transaction and undone with Ctrl+Z like any tag.

#include "annotationcommands.h"
#include "annotator.h"
#include "projectstore.h"

namespace Marginalia {

namespace {

bool isHotkey(const QString &key)
{
    return key.size() == 1 && key.at(0) >= u'1' && key.at(0) <= u'9';
}

} // namespace

Status Annotator::checkLabel(Label &label, ChangeSet &changes)
{
    label.name = label.name.trimmed();
    if (label.name.isEmpty())
        return makeError(tr("A label needs a name."));
    if (!label.color.isValid())
        return makeError(tr("The label “%1” needs a colour.").arg(label.name));
    // As the file stores it (#rrggbb), so that the undo records are the file.
    label.color = QColor(label.color.name());
    if (!label.hotkey.isEmpty() && !isHotkey(label.hotkey))
        return makeError(tr("A label's key is one of 1 to 9, or none; “%1” is not.").arg(label.hotkey));
    auto labels = m_store->labels();
    if (!labels)
        return makeError(labels.error());
    for (const Label &other : std::as_const(*labels)) {
        if (other.id != label.id && other.name.compare(label.name, Qt::CaseInsensitive) == 0)
            return makeError(tr("There is already a label named “%1”.").arg(other.name));
    }
    for (const Label &other : std::as_const(*labels)) {
        if (other.id != label.id && !label.hotkey.isEmpty() && other.hotkey == label.hotkey) {
            Label freed = other;
            freed.hotkey.clear();
            changes.changes.append({other, freed});
        }
    }
    changes.labelsChange = true;
    return {};
}

Result<qint64> Annotator::addLabel(Label label)
{
    label.id = 0;
    ChangeSet changes;
    if (Status s = checkLabel(label, changes); !s)
        return makeError(s.error());
    changes.changes.append({std::nullopt, label});
    if (Status s = commit(tr("Add label “%1”").arg(label.name.left(40)), changes); !s)
        return makeError(s.error());
    return std::get<Label>(*changes.changes.constLast().after).id;
}

Status Annotator::updateLabel(const Label &changed)
{
    auto before = label(changed.id);
    if (!before)
        return makeError(before.error());
    Label after = changed;
    ChangeSet changes;
    if (Status s = checkLabel(after, changes); !s)
        return s;
    if (after == *before)
        return {};
    if (after.kind != before->kind) {
        auto usage = m_store->labelUsage(after.id);
        if (!usage)
            return makeError(usage.error());
        if (usage->annotations > 0)
            return makeError(
                tr("The kind of “%1” cannot change while %Ln annotation(s) use it.", nullptr, int(usage->annotations))
                    .arg(before->name));
        if (usage->entities > 0)
            return makeError(tr("The kind of “%1” cannot change while it is the type of %Ln entit(y/ies).", nullptr,
                                int(usage->entities))
                                 .arg(before->name));
    }
    changes.changes.append({*before, after});
    return commit(tr("Edit label “%1”").arg(after.name.left(40)), changes);
}

Status Annotator::removeLabel(qint64 labelId)
{
    auto before = label(labelId);
    if (!before)
        return makeError(before.error());
    auto usage = m_store->labelUsage(labelId);
    if (!usage)
        return makeError(usage.error());
    if (usage->annotations > 0)
        return makeError(tr("“%1” cannot be removed: %Ln annotation(s) use it. Delete them or tag them with another "
                            "label first.",
                            nullptr, int(usage->annotations))
                             .arg(before->name));
    if (usage->entities > 0)
        return makeError(tr("“%1” cannot be removed: it is the type of %Ln entit(y/ies). Delete them or give them "
                            "another type first.",
                            nullptr, int(usage->entities))
                             .arg(before->name));
    ChangeSet changes;
    changes.labelsChange = true;
    changes.changes.append({*before, std::nullopt});
    return commit(tr("Remove label “%1”").arg(before->name.left(40)), changes);
}

} // namespace Marginalia
