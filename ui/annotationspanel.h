#pragma once
// The Annotations panel: every annotation of the article in reading order,
// filtered by label, by status (orphans: annotations that lost their text
// when the article changed) and by a search. Click or Enter jumps to the
// annotation, Del removes the selected ones, and an orphan can be placed on
// the text selected in the article. The panel changes nothing itself: it
// asks the window, which goes through the Session.

#include "annotation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Marginalia::Ui {

class AnnotationsFilter;
class AnnotationsModel;

class AnnotationsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationsPanel(QWidget *parent = nullptr);

    void setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                        const QHash<qint64, QString> &entityNames);
    // Moves to the next (previous) annotation, among those shown, that
    // starts after (before) `position`, and reports it; wraps around.
    // Returns false when none is shown.
    bool step(qint64 position, bool forward);
    // The annotation of the current row, or 0.
    qint64 currentAnnotation() const;
    // Makes an annotation's row current (without reporting it).
    void showAnnotation(qint64 annotationId);

    QTreeView *view() const { return m_view; }
    AnnotationsModel *model() const { return m_model; }
    AnnotationsFilter *filter() const { return m_filter; }
    QComboBox *labelFilter() const { return m_labelFilter; }
    QLineEdit *search() const { return m_search; }
    QCheckBox *orphansOnly() const { return m_orphansOnly; }

Q_SIGNALS:
    void annotationActivated(qint64 annotationId, qint64 start, qint64 end);
    void removeRequested(const QList<qint64> &annotationIds);
    // Place the orphan on the text selected in the article.
    void placeRequested(qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const QModelIndex &index);
    void removeSelected();
    void updateSummary();
    QList<qint64> selectedIds() const;

    AnnotationsModel *m_model = nullptr;
    AnnotationsFilter *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_labelFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_orphansOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Marginalia::Ui
