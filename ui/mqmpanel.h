#pragma once
// The MQM panel: the article's quality score from its confirmed MT errors
// (never from the checker's unconfirmed issues), a bar chart of the errors
// by dimension and severity, and a table with the same numbers and every
// error under its dimension (Enter or a click goes to it). The weights —
// MQM's default or WMT 2021's — are a project setting.

#include "mqm.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class QChart;
class QChartView;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class DeferredRefresh;

class MqmPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column { DimensionColumn, NeutralColumn, MinorColumn, MajorColumn, CriticalColumn, PenaltyColumn };

    explicit MqmPanel(Session &session, QWidget *parent = nullptr);

    const Mqm::Score &score() const;
    Mqm::Weights weights() const { return m_weights; }
    void setWeights(Mqm::Weights weights);
    QTreeWidget *table() const { return m_table; }
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *scoreLabel() const { return m_scoreLabel; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user chose an error: select [start, end) (code points).
    void errorActivated(qint64 start, qint64 end);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();
    void rebuildTable();
    void applyChartTheme();

    Session &m_session;
    Mqm::Weights m_weights = Mqm::Weights::MqmDefault;
    Mqm::Score m_score;
    QList<Annotation> m_errors; // the counted ones, reading order
    // The article's word count does not change with its annotations.
    qint64 m_wordsArticle = 0;
    int m_words = 0;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_details = nullptr;
    QComboBox *m_weightsBox = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTreeWidget *m_table = nullptr;
    DeferredRefresh *m_refresh = nullptr;
};

} // namespace Marginalia::Ui
