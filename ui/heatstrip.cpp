#include "heatstrip.h"

#include "findingstyle.h"
#include "session.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolTip>

namespace Marginalia::Ui {

namespace {

constexpr int Width = 14;
constexpr int MarkHeight = 3; // a lone mark stays visible

int seriousness(FindingStyle::Family family)
{
    switch (family) {
    case FindingStyle::Family::Spelling:
        return 3;
    case FindingStyle::Family::Grammar:
        return 2;
    case FindingStyle::Family::Information:
        return 1;
    }
    return 0;
}

} // namespace

HeatStrip::HeatStrip(Session &session, QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(view)
{
    setObjectName(QStringLiteral("heatStrip"));
    setAccessibleName(tr("Overview of findings and annotations"));
    setAccessibleDescription(tr("Left: the checker's findings; right: annotations; the frame is the part on "
                                "screen. Click to go there."));
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(&m_session, &Session::findingsChanged, this, &HeatStrip::rebuild);
    connect(&m_session, &Session::annotationsChanged, this, &HeatStrip::rebuild);
    connect(&m_session, &Session::articleChanged, this, &HeatStrip::rebuild);
    // The frame of what is on screen follows scrolling and resizing.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, qOverload<>(&QWidget::update));
    rebuild();
}

QSize HeatStrip::sizeHint() const
{
    return {Width, 200};
}

QSize HeatStrip::minimumSizeHint() const
{
    return {Width, 40};
}

int HeatStrip::trackTop() const
{
    return 2;
}

int HeatStrip::trackHeight() const
{
    return std::max(1, height() - 4);
}

int HeatStrip::rowOf(qint64 position) const
{
    if (m_length <= 0)
        return 0;
    const double fraction = std::clamp(double(position) / double(m_length), 0.0, 1.0);
    return std::min(trackHeight() - 1, int(fraction * trackHeight()));
}

qint64 HeatStrip::positionAt(int y) const
{
    // The middle of the row, so that the text found is the text the row shows.
    const double fraction = std::clamp((double(y - trackTop()) + 0.5) / double(trackHeight()), 0.0, 1.0);
    return std::min<qint64>(m_length > 0 ? m_length - 1 : 0, qint64(fraction * double(m_length)));
}

HeatStrip::Bucket HeatStrip::bucketAt(int y) const
{
    const int row = y - trackTop();
    return row >= 0 && row < m_buckets.size() ? m_buckets.at(row) : Bucket{};
}

void HeatStrip::setHiddenCategories(const QSet<FindingCategory> &hidden)
{
    m_hidden = hidden;
    rebuild();
}

void HeatStrip::rebuild()
{
    m_buckets = QList<Bucket>(trackHeight());
    m_length = 0;
    if (m_session.hasArticle())
        m_length = m_session.article().bodyLength; // code points
    if (m_length > 0) {
        QHash<qint64, QColor> colours;
        for (const Label &l : m_session.labels())
            colours.insert(l.id, l.color);
        for (const Finding &f : m_session.findings()) {
            if (m_hidden.contains(f.category))
                continue;
            Bucket &b = m_buckets[rowOf(f.start)];
            const FindingStyle::Family family = FindingStyle::familyOf(f);
            const QColor colour = FindingStyle::colorOf(family);
            if (seriousness(family) > b.findingRank) { // the most serious colour of the row
                b.findingColour = colour;
                b.findingRank = seriousness(family);
            }
            ++b.findings;
        }
        for (const Annotation &a : m_session.annotations()) {
            if (a.orphan)
                continue;
            Bucket &b = m_buckets[rowOf(a.start)];
            if (b.annotations == 0)
                b.annotationColour = colours.value(a.labelId, palette().color(QPalette::Highlight));
            ++b.annotations;
        }
    }
    update();
}

void HeatStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const int half = width() / 2;
    for (int row = 0; row < m_buckets.size(); ++row) {
        const Bucket &b = m_buckets.at(row);
        const int y = trackTop() + row - MarkHeight / 2;
        if (b.findings > 0)
            painter.fillRect(QRect(1, y, half - 1, MarkHeight), b.findingColour);
        if (b.annotations > 0) {
            QColor colour = b.annotationColour;
            colour.setAlpha(255);
            painter.fillRect(QRect(half + 1, y, width() - half - 2, MarkHeight), colour);
        }
    }
    // What is on screen.
    const int characters = std::max(1, m_view->document()->characterCount());
    const int first = m_view->cursorForPosition(QPoint(0, 0)).position();
    const int last =
        m_view->cursorForPosition(QPoint(m_view->viewport()->width(), m_view->viewport()->height())).position();
    const int top = trackTop() + int(double(first) / characters * trackHeight());
    const int bottom = trackTop() + int(double(last) / characters * trackHeight());
    QColor frame = palette().color(QPalette::Highlight);
    QColor fill = frame;
    fill.setAlpha(50);
    painter.setPen(QPen(frame, 1));
    painter.setBrush(fill);
    painter.drawRect(QRect(0, top, width() - 1, std::max(4, bottom - top)));
}

void HeatStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_length > 0)
        Q_EMIT positionRequested(positionAt(int(event->position().y())));
}

void HeatStrip::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_length > 0)
        Q_EMIT positionRequested(positionAt(int(event->position().y())));
}

void HeatStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

bool HeatStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // Marks are drawn a few pixels tall: look at the rows around.
        Bucket seen;
        for (int dy = -MarkHeight / 2; dy <= MarkHeight / 2; ++dy) {
            const Bucket b = bucketAt(help->pos().y() + dy);
            seen.findings += b.findings;
            seen.annotations += b.annotations;
        }
        if (seen.findings == 0 && seen.annotations == 0) {
            QToolTip::hideText();
        } else {
            QStringList parts;
            if (seen.findings)
                parts << tr("%Ln finding(s)", nullptr, seen.findings);
            if (seen.annotations)
                parts << tr("%Ln annotation(s)", nullptr, seen.annotations);
            QToolTip::showText(help->globalPos(), parts.join(QStringLiteral(", ")), this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Marginalia::Ui
