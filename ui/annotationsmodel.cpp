#include "annotationsmodel.h"

#include <QColor>
#include <QCoreApplication>

namespace Marginalia::Ui {

namespace {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::True:
        return AnnotationsModel::tr("true");
    case Verdict::MostlyTrue:
        return AnnotationsModel::tr("mostly true");
    case Verdict::Mixed:
        return AnnotationsModel::tr("mixed");
    case Verdict::MostlyFalse:
        return AnnotationsModel::tr("mostly false");
    case Verdict::False:
        return AnnotationsModel::tr("false");
    case Verdict::Unverifiable:
        return AnnotationsModel::tr("unverifiable");
    case Verdict::NotChecked:
        break;
    }
    return AnnotationsModel::tr("not checked");
}

QString severityName(MqmSeverity severity)
{
    switch (severity) {
    case MqmSeverity::Neutral:
        return AnnotationsModel::tr("neutral");
    case MqmSeverity::Minor:
        return AnnotationsModel::tr("minor");
    case MqmSeverity::Major:
        return AnnotationsModel::tr("major");
    case MqmSeverity::Critical:
        break;
    }
    return AnnotationsModel::tr("critical");
}

// One line of the quote: line breaks inside a span would break the row.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 80)
        line = line.left(79) + QChar(0x2026);
    return line;
}

} // namespace

AnnotationsModel::AnnotationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationsModel::setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                                      const QHash<qint64, QString> &entityNames)
{
    beginResetModel();
    m_annotations = annotations;
    // Reading order; a longer span first when two start together (it
    // contains the other).
    std::stable_sort(m_annotations.begin(), m_annotations.end(), [](const Annotation &a, const Annotation &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    m_labels = labels;
    m_entityNames = entityNames;
    endResetModel();
}

int AnnotationsModel::rowOf(qint64 annotationId) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == annotationId)
            return i;
    }
    return -1;
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Label *AnnotationsModel::label(qint64 id) const
{
    for (const Label &l : m_labels) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString AnnotationsModel::detail(const Annotation &a) const
{
    if (a.orphan)
        return tr("Lost its text when the article changed: place it or delete it");
    if (a.claim) {
        QString who = m_entityNames.value(a.claim->claimantEntity);
        if (who.isEmpty() && a.claim->claimantMention > 0) {
            for (const Annotation &m : m_annotations) {
                if (m.id == a.claim->claimantMention)
                    who = m_entityNames.value(m.entityId, m.quote);
            }
        }
        return who.isEmpty() ? tr("Verdict: %1").arg(verdictName(a.claim->verdict))
                             : tr("%1 · verdict: %2").arg(who, verdictName(a.claim->verdict));
    }
    if (a.mtError) {
        QString text = tr("%1, %2").arg(a.mtError->category, severityName(a.mtError->severity));
        if (!a.mtError->correction.isEmpty())
            text += tr(" → %1").arg(a.mtError->correction);
        return text;
    }
    if (a.entityId > 0)
        return m_entityNames.value(a.entityId);
    return {};
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    const Label *l = label(a.labelId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return l ? l->name : QString();
        case TextColumn:
            return oneLine(a.quote);
        case DetailColumn:
            return detail(a);
        case PositionColumn:
            return a.start;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == LabelColumn && l)
            return l->color;
        if (index.column() == DetailColumn && a.orphan)
            return QColor(Qt::darkYellow);
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1[%2]%3").arg(a.prefix.right(24), a.quote, a.suffix.left(24));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2. %3").arg(l ? l->name : QString(), oneLine(a.quote), detail(a));
    case IdRole:
        return a.id;
    case StartRole:
        return a.start;
    case EndRole:
        return a.end;
    case LabelIdRole:
        return a.labelId;
    case OrphanRole:
        return a.orphan;
    case SearchTextRole:
        return QStringList{l ? l->name : QString(), a.quote, detail(a)}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TextColumn:
        return tr("Text");
    case DetailColumn:
        return tr("Details");
    case PositionColumn:
        return tr("Position");
    }
    return {};
}

AnnotationsFilter::AnnotationsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationsModel::StartRole);
}

void AnnotationsFilter::setLabel(qint64 labelId)
{
    m_labelId = labelId;
    invalidateFilter();
}

void AnnotationsFilter::setOrphansOnly(bool on)
{
    m_orphansOnly = on;
    invalidateFilter();
}

void AnnotationsFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool AnnotationsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_labelId > 0 && index.data(AnnotationsModel::LabelIdRole).toLongLong() != m_labelId)
        return false;
    if (m_orphansOnly && !index.data(AnnotationsModel::OrphanRole).toBool())
        return false;
    return m_search.isEmpty()
        || index.data(AnnotationsModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Marginalia::Ui
