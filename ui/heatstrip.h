#pragma once
// The heat strip beside the article's scroll bar: where in the whole article
// the checker's findings (left lane, in their family's colour) and the
// annotations (right lane, in their label's colour) are, and which part is
// on screen. A click or a drag goes there. A mouse convenience: from the
// keyboard, F8 and Tab step through the same marks.
//
// Marks are binned into one bucket per pixel row when the data change, so
// painting costs the strip's height, not the number of marks (10,000
// annotations paint as fast as ten).

#include "annotation.h"
#include "finding.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QPlainTextEdit;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class HeatStrip final : public QWidget
{
    Q_OBJECT

public:
    HeatStrip(Session &session, QPlainTextEdit *view, QWidget *parent = nullptr);
    // Findings of these categories are not marked.
    void setHiddenCategories(const QSet<FindingCategory> &hidden);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // For tests and tooltips: how many findings and annotations fall in the
    // pixel row `y` of the strip.
    struct Bucket {
        int findings = 0;
        int annotations = 0;
        QColor findingColour; // of the most serious finding there
        int findingRank = 0;
        QColor annotationColour; // of the first annotation there
    };
    Bucket bucketAt(int y) const;
    // The code point a click at `y` goes to.
    qint64 positionAt(int y) const;
    // The strip's row for a code point.
    int rowOf(qint64 position) const;

public Q_SLOTS:
    void rebuild();

Q_SIGNALS:
    // The user clicked or dragged to this code point of the article.
    void positionRequested(qint64 position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    int trackTop() const;
    int trackHeight() const;

    Session &m_session;
    QPlainTextEdit *m_view;
    qint64 m_length = 0; // code points of the article body
    QList<Bucket> m_buckets; // one per pixel row of the track
    QSet<FindingCategory> m_hidden;
};

} // namespace Marginalia::Ui
