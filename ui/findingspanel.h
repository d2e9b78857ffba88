#pragma once
// The Findings panel: every finding of the article in reading order. Arrow
// keys move through the list and the article follows; Enter or a click
// selects the finding's text in the article.

#include "finding.h"

#include <QWidget>

class QListView;
class QLabel;

namespace Marginalia::Ui {

class FindingsModel;

class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    // Moves the current row to the next (or previous) finding after (before)
    // `position` and reports it; wraps around.
    void step(qint64 position, bool forward);
    QListView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }

Q_SIGNALS:
    void findingActivated(qint64 start, qint64 end);

private:
    void report(int row);

    FindingsModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Marginalia::Ui
