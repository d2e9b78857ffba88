#include "annotationspanel.h"

#include "annotationsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

AnnotationsPanel::AnnotationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationsModel(this))
    , m_filter(new AnnotationsFilter(this))
    , m_view(new QTreeView(this))
    , m_labelFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_orphansOnly(new QCheckBox(tr("&Orphans only"), this))
    , m_summary(new QLabel(this))
    , m_place(new QPushButton(tr("&Place at Selection"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationsModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationsModel::LabelColumn, QHeaderView::ResizeToContents);
    m_view->hideColumn(AnnotationsModel::PositionColumn);
    m_view->setObjectName(QStringLiteral("annotationsView"));
    m_view->setAccessibleName(tr("Annotations"));
    m_view->installEventFilter(this);

    m_labelFilter->setObjectName(QStringLiteral("annotationsLabelFilter"));
    m_labelFilter->setAccessibleName(tr("Show annotations with label"));
    m_search->setObjectName(QStringLiteral("annotationsSearch"));
    m_search->setAccessibleName(tr("Search annotations"));
    m_search->setPlaceholderText(tr("Search text, label, entity…"));
    m_search->setClearButtonEnabled(true);
    m_orphansOnly->setObjectName(QStringLiteral("annotationsOrphansOnly"));
    m_orphansOnly->setAccessibleName(tr("Show only orphaned annotations"));
    m_place->setObjectName(QStringLiteral("annotationsPlace"));
    m_place->setAccessibleName(tr("Place the orphaned annotation on the selected text"));
    m_place->setToolTip(tr("Select its text in the article, then place the orphan there"));
    m_remove->setObjectName(QStringLiteral("annotationsDelete"));
    m_remove->setAccessibleName(tr("Delete the selected annotations"));
    m_remove->setToolTip(tr("Delete the selected annotations (Del)"));
    m_summary->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_labelFilter, 1);
    filters->addWidget(m_orphansOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_place);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_labelFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setLabel(m_labelFilter->currentData().toLongLong());
        updateSummary();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateSummary();
    });
    connect(m_orphansOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setOrphansOnly(on);
        updateSummary();
    });
    connect(m_view, &QTreeView::activated, this, &AnnotationsPanel::report);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsPanel::report);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_place->setEnabled(selectedIds().size() == 1 && current.data(AnnotationsModel::OrphanRole).toBool());
        m_remove->setEnabled(!selectedIds().isEmpty());
    });
    connect(m_remove, &QPushButton::clicked, this, &AnnotationsPanel::removeSelected);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAnnotation(); id > 0)
            Q_EMIT placeRequested(id);
    });
    m_place->setEnabled(false);
    m_remove->setEnabled(false);
    updateSummary();
}

void AnnotationsPanel::setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                                      const QHash<qint64, QString> &entityNames)
{
    const qint64 current = currentAnnotation();
    if (labels != m_model->labels()) {
        const qint64 chosen = m_labelFilter->currentData().toLongLong();
        QSignalBlocker blocker(m_labelFilter);
        m_labelFilter->clear();
        m_labelFilter->addItem(tr("All labels"), qint64(0));
        for (const Label &l : labels)
            m_labelFilter->addItem(l.name, l.id);
        m_labelFilter->setCurrentIndex(std::max(0, m_labelFilter->findData(chosen)));
    }
    m_model->setAnnotations(annotations, labels, entityNames);
    if (current > 0)
        showAnnotation(current);
    updateSummary();
}

void AnnotationsPanel::updateSummary()
{
    const QList<Annotation> &all = m_model->annotations();
    const auto orphans = std::count_if(all.cbegin(), all.cend(), [](const Annotation &a) { return a.orphan; });
    QString text = tr("%Ln annotation(s)", nullptr, int(all.size()));
    if (orphans > 0)
        text += QStringLiteral(" · ") + tr("%Ln orphaned", nullptr, int(orphans));
    if (m_filter->rowCount() != all.size())
        text += QStringLiteral(" · ") + tr("%Ln shown", nullptr, m_filter->rowCount());
    m_summary->setText(text + QStringLiteral("\n") + tr("Tab / Shift+Tab in the article: next / previous"));
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(AnnotationsModel::IdRole).toLongLong() : 0;
}

void AnnotationsPanel::showAnnotation(qint64 annotationId)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool AnnotationsPanel::step(qint64 position, bool forward)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return false;
    // The proxy keeps the model's reading order.
    int found = -1;
    if (forward) {
        for (int r = 0; r < rows && found < 0; ++r) {
            if (m_filter->index(r, 0).data(AnnotationsModel::StartRole).toLongLong() > position)
                found = r;
        }
        if (found < 0)
            found = 0;
    } else {
        for (int r = rows - 1; r >= 0 && found < 0; --r) {
            if (m_filter->index(r, 0).data(AnnotationsModel::StartRole).toLongLong() < position)
                found = r;
        }
        if (found < 0)
            found = rows - 1;
    }
    const QModelIndex index = m_filter->index(found, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    report(index);
    return true;
}

void AnnotationsPanel::report(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT annotationActivated(index.data(AnnotationsModel::IdRole).toLongLong(),
                               index.data(AnnotationsModel::StartRole).toLongLong(),
                               index.data(AnnotationsModel::EndRole).toLongLong());
}

QList<qint64> AnnotationsPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(AnnotationsModel::IdRole).toLongLong();
    return ids;
}

void AnnotationsPanel::removeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        Q_EMIT removeRequested(ids);
}

bool AnnotationsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            // Here Del means the selected rows, not the window's "remove
            // tags at caret".
            if (event->type() == QEvent::ShortcutOverride)
                key->accept();
            else
                removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Marginalia::Ui
