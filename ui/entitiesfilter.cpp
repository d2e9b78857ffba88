// EntitiesFilter: what the Entities panel's filter field keeps and how its columns sort.
#include "entitiesfilter.h"

#include "entityrows.h"

namespace Marginalia::Ui {

using namespace EntityRows;

namespace {

int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString());
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

void EntitiesFilter::setText(const QString &text)
{
    m_text = fold(text.trimmed());
    invalidateFilter();
}

bool EntitiesFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    switch (kindOf(index)) {
    case Kind::Entity:
    case Kind::UnlinkedMention:
        return index.data(SearchRole).toString().contains(m_text);
    case Kind::Mention:
        return true; // shown with its entity
    case Kind::UnlinkedGroup:
        for (int i = 0; i < sourceModel()->rowCount(index); ++i) {
            if (filterAcceptsRow(i, index))
                return true;
        }
        return false;
    }
    return true;
}

bool EntitiesFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // A descending sort asks with the arguments swapped: what must not
    // turn around answers the other way then.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (left.parent().isValid()) {
        const qint64 a = left.siblingAtColumn(0).data(SortRole).toLongLong();
        const qint64 b = right.siblingAtColumn(0).data(SortRole).toLongLong();
        return descending ? a > b : a < b;
    }
    if (kindOf(left) == Kind::UnlinkedGroup)
        return descending;
    if (kindOf(right) == Kind::UnlinkedGroup)
        return !descending;
    if (int order = compareValues(left.data(SortRole), right.data(SortRole)); order != 0)
        return order < 0;
    if (int order = compareValues(left.data(TotalRole), right.data(TotalRole)); order != 0)
        return order < 0;
    // Equal counts (or types) read by name.
    return compareValues(left.siblingAtColumn(0).data(SortRole), right.siblingAtColumn(0).data(SortRole)) < 0;
}
} // namespace Marginalia::Ui
