#include "claimspanel.h"

#include "deferredrefresh.h"

#include "claimeditor.h"
#include "session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

// The verdict column edited in place: a list of the verdicts, committed as
// soon as one is chosen.
class VerdictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("verdictEditor"));
        combo->setAccessibleName(ClaimsPanel::tr("Verdict"));
        const QColor ink = parent->palette().color(QPalette::Text);
        for (Verdict v : ClaimText::verdicts())
            combo->addItem(ClaimText::verdictIcon(v, ink), ClaimText::verdictName(v), verdictId(v));
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<VerdictDelegate *>(this); // the signals are not const
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(ClaimsModel::VerdictRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

// ClaimsModel --------------------------------------------------------------

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimsModel::setRows(const QList<Row> &rows)
{
    const bool sameClaims = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.annotation.id == b.annotation.id; });
    if (!sameClaims) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClaimsModel::rowOf(qint64 annotationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).annotation.id == annotationId)
            return int(i);
    }
    return -1;
}

void ClaimsModel::setInk(const QColor &ink)
{
    if (ink == m_ink)
        return;
    m_ink = ink;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn), {Qt::DecorationRole});
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case AnnotationIdRole:
        return a.id;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case VerdictRole:
        return verdictId(a.claim.value_or(Claim{}).verdict);
    default:
        return cellData(row, index.column(), role);
    }
}

QVariant ClaimsModel::cellData(const Row &row, int column, int role) const
{
    const Annotation &a = row.annotation;
    const Claim claim = a.claim.value_or(Claim{});
    switch (column) {
    case QuoteColumn:
        if (role == Qt::DisplayRole)
            return a.quote.simplified(); // the view elides it
        if (role == Qt::ToolTipRole)
            return claim.rating.isEmpty() ? a.quote : a.quote + QStringLiteral("\n\n") + claim.rating;
        if (role == SortRole)
            return a.start;
        break;
    case ClaimantColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.claimant.isEmpty() ? tr("—") : row.claimant;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return row.claimant.isEmpty() ? tr("No claimant") : row.claimant;
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return ClaimText::verdictName(claim.verdict);
        if (role == Qt::DecorationRole)
            return ClaimText::verdictIcon(claim.verdict, m_ink.isValid() ? m_ink : QColor(Qt::black));
        if (role == Qt::ToolTipRole)
            return claim.reviewed.isEmpty() ? claim.rating
                                            : tr("%1 (reviewed %2)").arg(claim.rating, claim.reviewed).trimmed();
        if (role == SortRole)
            return int(ClaimText::verdicts().indexOf(claim.verdict));
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return ClaimText::kindName(claim.kind);
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return int(claim.evidence.size());
        if (role == Qt::AccessibleTextRole)
            return tr("%Ln evidence link(s)", nullptr, int(claim.evidence.size()));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case QuoteColumn:
        return tr("Claim");
    case ClaimantColumn:
        return tr("Claimant");
    case VerdictColumn:
        return tr("Verdict");
    case KindColumn:
        return tr("Kind");
    case EvidenceColumn:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ClaimsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == VerdictColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClaimsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != VerdictColumn || role != Qt::EditRole)
        return false;
    const auto verdict = verdictFromId(value.toString());
    if (!verdict)
        return false;
    // The cell changes when the store has the new verdict and the panel
    // refreshes, as for any other edit.
    Q_EMIT verdictEdited(m_rows.at(index.row()).annotation.id, *verdict);
    return true;
}

// ClaimsPanel --------------------------------------------------------------

ClaimsPanel::ClaimsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClaimsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_verdictFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("claimsPanel"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ClaimsModel::VerdictRole);
    m_filter->setSortRole(ClaimsModel::SortRole);

    m_verdictFilter->setObjectName(QStringLiteral("verdictFilter"));
    m_verdictFilter->setAccessibleName(tr("Show claims with verdict"));
    m_verdictFilter->addItem(tr("All verdicts"));
    for (Verdict v : ClaimText::verdicts())
        m_verdictFilter->addItem(ClaimText::verdictName(v), verdictId(v));
    showInk();
    // Alt+W and Alt+I: the window's menus take F, E, T, C, V and H.
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_verdictFilter);

    setUpView();

    m_edit->setObjectName(QStringLiteral("editClaim"));
    m_edit->setToolTip(tr("Edit the claim: claimant, verdict, evidence (F2)"));
    m_edit->setEnabled(false);
    m_summary->setObjectName(QStringLiteral("claimsSummary"));
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_verdictFilter, 1);
    top->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            [this] { setVerdictFilter(verdictFromId(m_verdictFilter->currentData().toString())); });
    connect(m_edit, &QPushButton::clicked, this, &ClaimsPanel::editCurrentClaim);
    // Queued: the view is still committing its editor when the cell changes.
    connect(m_model, &ClaimsModel::verdictEdited, this, &ClaimsPanel::setVerdict, Qt::QueuedConnection);
    // A hidden panel (another tab of the dock) refreshes when shown.
    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    connect(&m_session, &Session::annotationsChanged, this, [this] { m_refresh->request(); });
    connect(&m_session.annotator(), &Annotator::entitiesChanged, this, [this] { m_refresh->request(); });
    m_refresh->request(); // built when first on screen
}

void ClaimsPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->setAccessibleName(tr("Claims"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(ClaimsModel::VerdictColumn, new VerdictDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 and double-click open the editor; a click on the selected row's
    // verdict edits it in place.
    m_view->setEditTriggers(QAbstractItemView::SelectedClicked);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The claim's words get the room: the claimant and the kind are cut
    // (their tooltip and the editor have them whole) rather than pushing
    // the claim out of a narrow dock.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ClaimsModel::QuoteColumn, QHeaderView::Stretch);
    for (int column : {int(ClaimsModel::ClaimantColumn), int(ClaimsModel::KindColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ClaimsPanel::fitColumns);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ClaimsPanel::fitColumns);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ClaimsPanel::fitColumns);
    fitColumns();
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // reading order until asked
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);

    connect(m_view, &QTableView::clicked, this, &ClaimsPanel::report);
    connect(m_view, &QTableView::activated, this, &ClaimsPanel::report);
    connect(m_view, &QTableView::doubleClicked, this, &ClaimsPanel::editCurrentClaim);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_edit->setEnabled(current.isValid());
        if (!m_restoring)
            report(current);
    });
}

void ClaimsPanel::showInk()
{
    const QColor ink = palette().color(QPalette::Text);
    m_model->setInk(ink);
    for (int i = 1; i < m_verdictFilter->count(); ++i)
        m_verdictFilter->setItemIcon(i, ClaimText::verdictIcon(ClaimText::verdicts().at(i - 1), ink));
}

void ClaimsPanel::refresh()
{
    auto claimants = ClaimantIndex::load(m_session);
    if (!claimants)
        Q_EMIT errorOccurred(tr("The claimants could not be read: %1").arg(claimants.error()));
    QSet<qint64> claimLabels;
    for (const Label &l : m_session.labels()) {
        if (l.kind == LabelKind::Claim)
            claimLabels.insert(l.id);
    }
    QList<ClaimsModel::Row> rows;
    for (const Annotation &a : m_session.annotations()) {
        if (!claimLabels.contains(a.labelId) && !a.claim)
            continue;
        ClaimsModel::Row row{a, {}};
        if (!row.annotation.claim)
            row.annotation.claim = Claim{};
        if (claimants)
            row.claimant = claimants->nameOf(*row.annotation.claim);
        rows.append(row);
    }
    const qint64 current = currentClaim();
    m_restoring = true;
    m_model->setRows(rows);
    if (current != 0 && !currentClaim()) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, ClaimsModel::QuoteColumn)));
    }
    m_restoring = false;
    showSummary();
}

void ClaimsPanel::setVerdictFilter(std::optional<Verdict> verdict)
{
    const int item = verdict ? m_verdictFilter->findData(verdictId(*verdict)) : 0;
    if (m_verdictFilter->currentIndex() != item) {
        m_verdictFilter->setCurrentIndex(item); // comes back here
        return;
    }
    m_filter->setFilterRegularExpression(verdict ? QRegularExpression(QRegularExpression::anchoredPattern(
                                             QRegularExpression::escape(verdictId(*verdict))))
                                                 : QRegularExpression());
    showSummary();
}

ClaimsModel *ClaimsPanel::model() const
{
    m_refresh->flush(); // the rows as they are now, even while hidden
    return m_model;
}

qint64 ClaimsPanel::claimAt(qint64 position) const
{
    m_refresh->flush();
    qint64 found = 0;
    qint64 shortest = 0;
    for (const ClaimsModel::Row &row : m_model->rows()) {
        const Annotation &a = row.annotation;
        if (position >= a.start && position < a.end && (found == 0 || a.end - a.start < shortest)) {
            found = a.id;
            shortest = a.end - a.start;
        }
    }
    return found;
}

qint64 ClaimsPanel::currentClaim() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ClaimsModel::AnnotationIdRole).toLongLong() : 0;
}

ClaimEditor *ClaimsPanel::editClaim(qint64 annotationId)
{
    m_refresh->flush(); // the claim may be newer than a hidden panel's rows
    const int row = m_model->rowOf(annotationId);
    if (row < 0) {
        Q_EMIT errorOccurred(tr("There is no claim %1 in this article.").arg(annotationId));
        return nullptr;
    }
    auto *editor = new ClaimEditor(m_session, m_model->rows().at(row).annotation, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ClaimEditor::errorOccurred, this, &ClaimsPanel::errorOccurred);
    editor->open();
    return editor;
}

void ClaimsPanel::editCurrentClaim()
{
    if (const qint64 id = currentClaim(); id != 0)
        editClaim(id);
}

void ClaimsPanel::setVerdict(qint64 annotationId, Verdict verdict)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return; // gone meanwhile (undone elsewhere)
    Annotation changed = m_model->rows().at(row).annotation;
    if (changed.claim->verdict == verdict)
        return;
    changed.claim = ClaimText::withVerdict(*changed.claim, verdict);
    if (Status s = m_session.annotator().updateAnnotation(changed); !s)
        Q_EMIT errorOccurred(s.error());
}

void ClaimsPanel::report(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT claimActivated(index.data(ClaimsModel::StartRole).toLongLong(),
                          index.data(ClaimsModel::EndRole).toLongLong());
}

void ClaimsPanel::showSummary()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text =
        all == shown ? tr("%Ln claim(s)", nullptr, all) : tr("%1 of %Ln claim(s) shown", nullptr, all).arg(shown);
    if (all > 0)
        text += QStringLiteral(" · ") + tr("F2: edit");
    m_summary->setText(text);
}

void ClaimsPanel::fitColumns()
{
    // In a narrow dock the kind and the evidence count go (the editor shows
    // them) so that the claim's words stay readable; a wider dock has them.
    const int character = m_view->fontMetrics().averageCharWidth();
    const bool narrow = m_view->width() < 66 * character;
    m_view->setColumnHidden(ClaimsModel::KindColumn, narrow);
    m_view->setColumnHidden(ClaimsModel::EvidenceColumn, narrow);
    for (int column : {int(ClaimsModel::ClaimantColumn), int(ClaimsModel::KindColumn)}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(14 * character, m_view->columnWidth(column)));
    }
}

bool ClaimsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitColumns();
    // F2 opens the editor rather than the verdict cell; taken before any
    // window shortcut on the same key.
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            editCurrentClaim();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        showInk();
    QWidget::changeEvent(event);
}

} // namespace Marginalia::Ui
