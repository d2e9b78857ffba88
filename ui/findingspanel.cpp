#include "findingspanel.h"

#include "findingsmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Findings"));
    m_summary->setWordWrap(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { report(current.row()); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { report(index.row()); });
}

void FindingsPanel::setFindings(const Findings &findings)
{
    m_model->setFindings(findings);
    const auto problems = std::count_if(findings.cbegin(), findings.cend(),
                                        [](const Finding &f) { return f.severity != Severity::Info; });
    m_summary->setText(tr("%Ln problem(s)", nullptr, int(problems)) + QStringLiteral(" · ")
                       + tr("%Ln note(s)", nullptr, int(findings.size() - problems)) + QStringLiteral("\n")
                       + tr("F8 / Shift+F8: next / previous"));
}

void FindingsPanel::step(qint64 position, bool forward)
{
    const Findings &findings = m_model->findings();
    if (findings.isEmpty())
        return;
    int row = -1;
    if (forward) {
        for (int i = 0; i < findings.size() && row < 0; ++i) {
            if (findings.at(i).start > position)
                row = i;
        }
        if (row < 0)
            row = 0;
    } else {
        for (int i = int(findings.size()) - 1; i >= 0 && row < 0; --i) {
            if (findings.at(i).start < position)
                row = i;
        }
        if (row < 0)
            row = int(findings.size()) - 1;
    }
    m_view->setCurrentIndex(m_model->index(row));
    report(row); // also when the row was current already
}

void FindingsPanel::report(int row)
{
    const Findings &findings = m_model->findings();
    if (row < 0 || row >= findings.size())
        return;
    Q_EMIT findingActivated(findings.at(row).start, findings.at(row).end);
}

} // namespace Marginalia::Ui
