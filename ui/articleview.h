#pragma once
// The read-only article view. It speaks code points to the rest of the
// program and converts to document positions (UTF-16) internally: this is
// the one place where UTF-16 offsets exist.
//
// Annotations are drawn in their label's colour and style (see
// LabelAppearance): fills and underlines through the LayerHighlighter,
// boxes painted over the text. Claims also get a bracket in a margin on the
// left, beside the lines they cover, with the claimant's name where the
// claim starts; a click on a bracket selects its claim.

#include "annotation.h"
#include "finding.h"
#include "textoffsets.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Marginalia::Ui {

class ClaimMargin;
class LayerHighlighter;

struct Span {
    qint64 start = 0; // code points
    qint64 end = 0;
};

class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // Shows text[0, bodyLength) (code points); the first line is the title.
    void setArticle(const QString &text, qint64 bodyLength);
    void setFindings(const Findings &findings, bool suggestionsReady);
    // `entityNames` (entity id → name) names the claimants that are
    // entities; a claimant mention is named by its entity or its text.
    void setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                        const QHash<qint64, QString> &entityNames = {});
    // Who makes a claim annotation, as the margin shows it ("" for no one).
    QString claimantOf(const Annotation &claim) const;
    // The claim margin (zero wide while the article has no claim).
    QWidget *claimMargin() const { return m_claimMargin; }

    // AsMade: a mouse selection is snapped to whole words (unless Ctrl was
    // held while selecting); a keyboard or programmatic one is taken
    // exactly. WholeWords widens a sloppy selection to the words it touches
    // and drops a leading elided article ("l’OTAN" tags "OTAN").
    enum class SelectionMode { AsMade, WholeWords, Exact };
    // The selection in code points, or nothing.
    std::optional<Span> selectedSpan(SelectionMode mode = SelectionMode::AsMade) const;
    // Code point offset of the caret.
    qint64 caretPosition() const;
    // Selects [start, end) (code points).
    void selectSpan(qint64 start, qint64 end);

    // What the tooltip shows for a code point offset (findings and tags).
    QString describe(qint64 position) const;
    // The tags at a code point offset, one line each ("Tagged Person: …").
    QStringList tagNotes(qint64 position) const;
    // Where [start, end) (code points) is on screen, in global coordinates:
    // the text's rectangle on its first line.
    QRect spanRect(qint64 start, qint64 end) const;
    // The pieces of [start, end) (code points) on the visible lines, one
    // rectangle per line, in viewport coordinates.
    QList<QRectF> visibleRects(qint64 start, qint64 end) const;

    LayerHighlighter *highlighter() const { return m_highlighter; }

    // The reading font, the line spacing in percent of the font's line, and
    // the longest line in average characters of that font (0: the view's
    // width), the column centred.
    void setReadingStyle(const QFont &font, int lineSpacingPercent, int maxCharacters);
    // The reading font's size in percent (MinZoom to MaxZoom), on top of
    // the reading style: Ctrl+wheel, or the window's zoom actions.
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    static constexpr int MinZoom = 50;
    static constexpr int MaxZoom = 300;
    static constexpr int ZoomStep = 10;

Q_SIGNALS:
    void zoomChanged(int percent);
    // A right click at a code point offset; the window builds the menu.
    void contextMenuRequested(qint64 position, const QPoint &globalPos);
    // The mouse rests at a code point offset; the window shows what is there.
    void hoverRequested(qint64 position, const QPoint &globalPos);
    // Tab (forward) or Shift+Tab: go to the next or previous annotation.
    void stepRequested(bool forward);
    // Enter: edit what is at the caret.
    void activateRequested();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateTitle();
    void updateColumn();
    void applyFont(); // the reading font at the zoom
    void updateMargins();
    friend class ClaimMargin;

    // A span drawn by the view itself (a box, a claim bracket): document
    // positions.
    struct Mark {
        int start = 0;
        int end = 0;
        QColor color;
        qint64 annotationId = 0;
        QString claimant;
        int lane = 0; // claim brackets side by side where claims overlap
    };

    int toDocument(qint64 codePoint) const;
    qint64 fromDocument(int position) const;
    // Draws m_annotations with m_labels in the current palette.
    void applyAnnotations();
    QList<QRectF> fragments(int start, int end) const;
    // Document positions [first, end) of the blocks on screen.
    std::pair<int, int> visibleRange() const;
    // Where fills overlap: a band of each fill's colour (LayerHighlighter::bands).
    void paintBands(const QRect &rect);
    void paintClaimMargin(QPainter &painter, const QRect &rect);
    void claimMarginClicked(const QPointF &at);
    // The claims with a line at viewport height `y`, outer first.
    QList<const Mark *> claimsAt(qreal y) const;
    int claimMarginWidth() const;

    LayerHighlighter *m_highlighter = nullptr;
    QWidget *m_claimMargin = nullptr;
    TextOffsets m_offsets;
    Findings m_findings;
    bool m_suggestionsReady = false;
    QList<Annotation> m_annotations;
    QList<Label> m_labels;
    QHash<qint64, QString> m_entityNames;
    QHash<qint64, QString> m_labelNames;
    QList<Mark> m_boxes;
    QList<Mark> m_claims;
    bool m_snapSelection = false; // the selection was made with the mouse
    int m_maxCharacters = 0;
    QFont m_readingFont;
    int m_zoom = 100;
    int m_side = 0; // the viewport's left and right margin
    class SpacedLayout *m_layout = nullptr;
};

} // namespace Marginalia::Ui
