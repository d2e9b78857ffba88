#pragma once
// The current article's findings as a list model for the Findings panel. It
// only observes the Session; it never changes findings itself.

#include "finding.h"

#include <QAbstractListModel>

namespace Marginalia::Ui {

class FindingsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, CategoryRole, SeverityRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    Findings m_findings;
};

} // namespace Marginalia::Ui
