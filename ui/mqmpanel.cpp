#include "mqmpanel.h"

#include "deferredrefresh.h"

#include "projectstore.h"
#include "session.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Marginalia::Ui {

namespace {

const QString WeightsSetting = QStringLiteral("mqm/weights");
constexpr int StartRole = Qt::UserRole + 1;
constexpr int EndRole = Qt::UserRole + 2;

constexpr MqmSeverity Severities[] = {MqmSeverity::Neutral, MqmSeverity::Minor, MqmSeverity::Major,
                                      MqmSeverity::Critical};

QString severityName(MqmSeverity severity)
{
    switch (severity) {
    case MqmSeverity::Neutral:
        return MqmPanel::tr("Neutral");
    case MqmSeverity::Minor:
        return MqmPanel::tr("Minor");
    case MqmSeverity::Major:
        return MqmPanel::tr("Major");
    case MqmSeverity::Critical:
        return MqmPanel::tr("Critical");
    }
    return {};
}

// Okabe–Ito colours, told apart by colour-blind readers; the bars also carry
// their counts and Critical a hatch, so colour is never the only clue.
QColor severityColour(MqmSeverity severity)
{
    switch (severity) {
    case MqmSeverity::Neutral:
        return QColor(0x99, 0x99, 0x99);
    case MqmSeverity::Minor:
        return QColor(0x56, 0xb4, 0xe9);
    case MqmSeverity::Major:
        return QColor(0xe6, 0x9f, 0x00);
    case MqmSeverity::Critical:
        return QColor(0xcc, 0x79, 0xa7);
    }
    return {};
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

MqmPanel::MqmPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scoreLabel(new QLabel(this))
    , m_details(new QLabel(this))
    , m_weightsBox(new QComboBox(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("mqmPanel"));
    m_scoreLabel->setObjectName(QStringLiteral("mqmScore"));
    m_scoreLabel->setAccessibleName(tr("MQM quality score"));
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    m_details->setObjectName(QStringLiteral("mqmDetails"));
    m_details->setAccessibleName(tr("MQM score details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_weightsBox->setObjectName(QStringLiteral("mqmWeights"));
    m_weightsBox->setAccessibleName(tr("MQM weights"));
    m_weightsBox->addItem(tr("MQM default (1 / 5 / 25)"), Mqm::weightsId(Mqm::Weights::MqmDefault));
    m_weightsBox->addItem(tr("WMT 2021 (minor punctuation 0.1)"), Mqm::weightsId(Mqm::Weights::Wmt2021));
    m_weightsBox->setToolTip(tr("Penalty per error: Neutral 0, Minor 1, Major 5, Critical 25. WMT 2021 also "
                                "counts a minor punctuation error as 0.1 and a non-translation as 25."));
    auto *weightsLabel = new QLabel(tr("&Weights:"), this);
    weightsLabel->setBuddy(m_weightsBox);

    m_chart->setObjectName(QStringLiteral("mqmChart"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setObjectName(QStringLiteral("mqmChartView"));
    m_chartView->setAccessibleName(tr("MT errors by MQM dimension and severity"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table holds the same numbers, reachable by keys

    m_table->setObjectName(QStringLiteral("mqmTable"));
    m_table->setAccessibleName(tr("MT errors by dimension"));
    QStringList headers{tr("Dimension")};
    for (MqmSeverity s : Severities)
        headers << severityName(s);
    headers << tr("Penalty");
    m_table->setHeaderLabels(headers);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(DimensionColumn, QHeaderView::Stretch);
    for (int c = NeutralColumn; c <= PenaltyColumn; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *weightsRow = new QHBoxLayout;
    weightsRow->addWidget(weightsLabel);
    weightsRow->addWidget(m_weightsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_details);
    layout->addLayout(weightsRow);
    layout->addWidget(m_chartView);
    layout->addWidget(m_table, 1);

    if (auto stored = m_session.store().setting(WeightsSetting); stored.ok())
        m_weights = Mqm::weightsFromId(*stored).value_or(Mqm::Weights::MqmDefault);
    m_weightsBox->setCurrentIndex(m_weightsBox->findData(Mqm::weightsId(m_weights)));
    connect(m_weightsBox, &QComboBox::currentIndexChanged, this, [this] {
        setWeights(Mqm::weightsFromId(m_weightsBox->currentData().toString()).value_or(Mqm::Weights::MqmDefault));
    });
    connect(m_table, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, StartRole).isValid())
            Q_EMIT errorActivated(item->data(0, StartRole).toLongLong(), item->data(0, EndRole).toLongLong());
    });
    // A hidden panel (another tab of the dock) refreshes when shown.
    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    auto request = [this] { m_refresh->request(); };
    connect(&m_session, &Session::annotationsChanged, this, request);
    connect(&m_session, &Session::articleChanged, this, request);
    connect(&m_session, &Session::findingsChanged, this, request); // the unconfirmed count
    applyChartTheme();
    m_refresh->request(); // built when first on screen
}

const Mqm::Score &MqmPanel::score() const
{
    m_refresh->flush(); // the score as it is now, even while hidden
    return m_score;
}

void MqmPanel::setWeights(Mqm::Weights weights)
{
    if (weights == m_weights)
        return;
    m_weights = weights;
    m_weightsBox->setCurrentIndex(m_weightsBox->findData(Mqm::weightsId(weights)));
    // A view setting, not an annotation: not on the undo stack. A project
    // that refuses writes keeps it for this window only.
    (void)m_session.store().setSetting(WeightsSetting, Mqm::weightsId(weights));
    refresh();
}

void MqmPanel::refresh()
{
    m_errors.clear();
    if (!m_session.hasArticle()) {
        m_score = {};
        m_scoreLabel->setText(tr("No article"));
        m_details->clear();
        rebuildChart();
        rebuildTable();
        return;
    }
    const StoredArticle &article = m_session.article();
    if (m_wordsArticle != article.id) {
        m_words = Mqm::wordCount(QStringView(article.text).left(article.bodyLength));
        m_wordsArticle = article.id;
    }
    for (const Annotation &a : m_session.annotations()) {
        if (a.mtError && !a.orphan)
            m_errors << a;
    }
    m_score = Mqm::score(m_words, m_errors, m_weights);

    const QLocale locale;
    if (!m_score.hasWords()) {
        m_scoreLabel->setText(tr("No score"));
        m_details->setText(tr("The article has no words to score."));
    } else {
        m_scoreLabel->setText(tr("Quality %1").arg(locale.toString(m_score.quality, 'f', 1)));
        QStringList lines;
        lines
            << tr("%Ln confirmed MT error(s) in %1 words", nullptr, m_score.errors).arg(locale.toString(m_score.words));
        lines << tr("Penalty %1 · %2 per 1,000 words")
                     .arg(number(m_score.penalty), locale.toString(m_score.perThousandWords, 'f', 1));
        if (m_score.critical > 0)
            lines << tr("<b>%Ln critical error(s): the article fails, whatever its score.</b>", nullptr,
                        m_score.critical);
        const int open = int(m_session.findings().size());
        if (open > 0)
            lines << tr("%Ln checker issue(s) not confirmed: they do not count until accepted.", nullptr, open);
        m_details->setText(lines.join(QStringLiteral("<br>")));
    }
    m_scoreLabel->setToolTip(tr("(1 − penalty / words) × 100, themqm.org's linear model; 100 is a "
                                "translation without confirmed errors."));
    rebuildChart();
    rebuildTable();
}

void MqmPanel::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    if (m_score.byDimension.isEmpty()) {
        m_chart->setTitle(tr("No confirmed MT errors yet: tag one (8) or accept a finding."));
        m_chartView->setFixedHeight(70);
        return;
    }
    m_chart->setTitle(QString());
    auto *series = new QHorizontalStackedBarSeries;
    int largest = 0;
    QStringList dimensions;
    // Bars read top to bottom in the typology's order.
    QList<Mqm::DimensionTotal> rows = m_score.byDimension;
    std::reverse(rows.begin(), rows.end());
    for (const Mqm::DimensionTotal &d : std::as_const(rows)) {
        dimensions << d.dimension;
        largest = std::max(largest, d.counts[0] + d.counts[1] + d.counts[2] + d.counts[3]);
    }
    for (MqmSeverity s : Severities) {
        auto *set = new QBarSet(severityName(s));
        bool any = false;
        for (const Mqm::DimensionTotal &d : std::as_const(rows)) {
            *set << d.counts[int(s)];
            any = any || d.counts[int(s)] > 0;
        }
        if (!any) {
            delete set;
            continue;
        }
        set->setColor(severityColour(s));
        set->setBorderColor(severityColour(s).darker(140));
        set->setLabelColor(Qt::black);
        if (s == MqmSeverity::Critical) {
            QBrush hatch(severityColour(s), Qt::BDiagPattern);
            set->setBrush(hatch);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(dimensions);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(1, largest));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(std::min(largest, 5) + 1);
    m_chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    // Bars as thick as a line of text or two, not stretched over the dock.
    m_chartView->setFixedHeight(std::min(360, 90 + 34 * int(dimensions.size())));
    applyChartTheme();
}

void MqmPanel::rebuildTable()
{
    m_table->clear();
    for (const Mqm::DimensionTotal &d : std::as_const(m_score.byDimension)) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(DimensionColumn, d.dimension);
        for (MqmSeverity s : Severities) {
            const int column = NeutralColumn + int(s);
            row->setText(column, d.counts[int(s)] ? QString::number(d.counts[int(s)]) : QString());
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        row->setText(PenaltyColumn, number(d.penalty));
        row->setTextAlignment(PenaltyColumn, Qt::AlignRight | Qt::AlignVCenter);
        for (const Annotation &a : std::as_const(m_errors)) {
            QString dimension = Mqm::dimensionOf(a.mtError->category);
            if (dimension.compare(d.dimension, Qt::CaseInsensitive) != 0)
                continue;
            auto *error = new QTreeWidgetItem(row);
            //: An MT error in the MQM tree: the text it is about, then its MQM category.
            error->setText(DimensionColumn, tr("“%1” — %2").arg(a.quote, a.mtError->category));
            error->setText(NeutralColumn + int(a.mtError->severity), QStringLiteral("✓"));
            error->setTextAlignment(NeutralColumn + int(a.mtError->severity), Qt::AlignRight | Qt::AlignVCenter);
            error->setText(PenaltyColumn, number(Mqm::penalty(*a.mtError, m_weights)));
            error->setTextAlignment(PenaltyColumn, Qt::AlignRight | Qt::AlignVCenter);
            QString tip = tr("%1, %2").arg(a.mtError->category, severityName(a.mtError->severity));
            if (!a.mtError->correction.isEmpty())
                tip += QLatin1Char('\n') + tr("Correction: %1").arg(a.mtError->correction);
            error->setToolTip(DimensionColumn, tip);
            error->setData(0, StartRole, a.start);
            error->setData(0, EndRole, a.end);
        }
    }
}

void MqmPanel::applyChartTheme()
{
    // Follows the window's palette, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor text = palette().color(QPalette::WindowText);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Window));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(palette().color(QPalette::Mid));
        axis->setGridLineColor(dark ? QColor(0x55, 0x55, 0x55) : QColor(0xdd, 0xdd, 0xdd));
    }
}

void MqmPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}

} // namespace Marginalia::Ui
