#pragma once
// EntitiesFilter: the sorting and filtering between the Entities panel's rows and its view.

#include <QSortFilterProxyModel>

namespace Marginalia::Ui {

// Filters entities by name and alias (and unlinked mentions by their text),
// and sorts by the clicked column; mentions stay in reading order and the
// unlinked group stays last whichever way the list is sorted.
class EntitiesFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace Marginalia::Ui
