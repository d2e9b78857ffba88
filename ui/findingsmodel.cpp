#include "findingsmodel.h"

#include "findingstyle.h"

namespace Marginalia::Ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A line of the Findings list: the finding's category, then the text it is about.
        return tr("%1 — “%2”").arg(FindingStyle::categoryName(f.category), f.text.left(60));
    case Qt::ToolTipRole:
        return f.message;
    case Qt::DecorationRole:
        return FindingStyle::colorOf(FindingStyle::familyOf(f));
    case Qt::AccessibleDescriptionRole:
        return f.message;
    case StartRole:
        return qint64(f.start);
    case EndRole:
        return qint64(f.end);
    case CategoryRole:
        return categoryId(f.category);
    case SeverityRole:
        return severityId(f.severity);
    default:
        return {};
    }
}

} // namespace Marginalia::Ui
