#pragma once
// The one API through which annotations change. Every change is written to
// the project file at once and pushed onto the undo stack as a command; the
// UI and the CLI call this class and never the store directly.

#include "annotation.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace Marginalia {

class ProjectStore;

class Annotator final : public QObject
{
    Q_OBJECT

public:
    // Characters of context kept on each side of a quote selector.
    static constexpr qsizetype QuoteContext = 32;

    explicit Annotator(ProjectStore &store, QObject *parent = nullptr);
    ~Annotator() override;

    QUndoStack *undoStack() { return &m_undoStack; }
    ProjectStore &store() { return m_store; }

    // Tags [start, end) (code points of the stored article text) with a
    // label. The span is validated and the quote selector computed here.
    Result<qint64> addAnnotation(qint64 articleId, qint64 labelId, qint64 start, qint64 end);
    Status removeAnnotation(qint64 annotationId);
    // Removes several annotations as one undoable step.
    Status removeAnnotations(const QList<qint64> &annotationIds);

    void setAuthor(const QString &author) { m_author = author; }

Q_SIGNALS:
    void annotationAdded(const Marginalia::Annotation &annotation);
    void annotationRemoved(qint64 annotationId, qint64 articleId);
    // A redo/undo could not be written (e.g. the disk is full); the command
    // is dropped and the message should reach the user.
    void errorOccurred(const QString &message);

private:
    friend class AddAnnotationCommand;
    friend class RemoveAnnotationCommand;

    // Store-level operations the commands use; they emit the signals.
    Result<qint64> insert(const Annotation &annotation);
    Status remove(const Annotation &annotation);
    Result<QString> articleText(qint64 articleId);

    ProjectStore &m_store;
    QUndoStack m_undoStack;
    QHash<qint64, QString> m_textCache;
    QString m_author;
};

} // namespace Marginalia
