#include "annotationcommands.h"

#include "annotator.h"

#include <QCoreApplication>

namespace Marginalia {

AddAnnotationCommand::AddAnnotationCommand(Annotator &annotator, Annotation annotation, const QString &labelName)
    : m_annotator(annotator)
    , m_annotation(std::move(annotation))
{
    setText(QCoreApplication::translate("Annotator", "Tag “%1” as %2").arg(m_annotation.quote.left(40), labelName));
}

void AddAnnotationCommand::undo()
{
    if (Status s = m_annotator.remove(m_annotation); !s) {
        Q_EMIT m_annotator.errorOccurred(s.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
}

void AddAnnotationCommand::redo()
{
    if (m_applied)
        return; // written by Annotator::addAnnotation before the push
    if (auto id = m_annotator.insert(m_annotation); !id) {
        Q_EMIT m_annotator.errorOccurred(id.error());
        setObsolete(true);
        return;
    }
    m_applied = true;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(Annotator &annotator, Annotation annotation)
    : m_annotator(annotator)
    , m_annotation(std::move(annotation))
{
    setText(QCoreApplication::translate("Annotator", "Remove tag “%1”").arg(m_annotation.quote.left(40)));
}

void RemoveAnnotationCommand::undo()
{
    if (auto id = m_annotator.insert(m_annotation); !id) {
        Q_EMIT m_annotator.errorOccurred(id.error());
        setObsolete(true);
        return;
    }
    m_applied = false;
}

void RemoveAnnotationCommand::redo()
{
    if (m_applied)
        return;
    if (Status s = m_annotator.remove(m_annotation); !s) {
        Q_EMIT m_annotator.errorOccurred(s.error());
        setObsolete(true);
        return;
    }
    m_applied = true;
}

} // namespace Marginalia
