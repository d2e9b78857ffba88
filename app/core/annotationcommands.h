#pragma once
// One undo command per user intent. The first redo() is skipped because the
// Annotator already wrote the change before pushing the command; later
// redo()/undo() calls write to the store again.

#include "annotation.h"

#include <QUndoCommand>

namespace Marginalia {

class Annotator;

class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(Annotator &annotator, Annotation annotation, const QString &labelName);
    void undo() override;
    void redo() override;

private:
    Annotator &m_annotator;
    Annotation m_annotation;
    bool m_applied = true;
};

class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(Annotator &annotator, Annotation annotation);
    void undo() override;
    void redo() override;

private:
    Annotator &m_annotator;
    Annotation m_annotation;
    bool m_applied = true;
};

} // namespace Marginalia
