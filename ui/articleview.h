#pragma once
// The read-only article view. It speaks code points to the rest of the
// program and converts to document positions (UTF-16) internally: this is
// the one place where UTF-16 offsets exist.

#include "annotation.h"
#include "finding.h"
#include "textoffsets.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Marginalia::Ui {

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
    void setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels);

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

    LayerHighlighter *highlighter() const { return m_highlighter; }

    // The reading font, the line spacing in percent of the font's line, and
    // the longest line in average characters of that font (0: the view's
    // width), the column centred.
    void setReadingStyle(const QFont &font, int lineSpacingPercent, int maxCharacters);

Q_SIGNALS:
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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTitle();
    void updateColumn();
    int toDocument(qint64 codePoint) const;
    qint64 fromDocument(int position) const;

    LayerHighlighter *m_highlighter = nullptr;
    TextOffsets m_offsets;
    Findings m_findings;
    bool m_suggestionsReady = false;
    QList<Annotation> m_annotations;
    QHash<qint64, QString> m_labelNames;
    bool m_snapSelection = false; // the selection was made with the mouse
    int m_maxCharacters = 0;
    int m_side = 0; // the viewport's left and right margin
    class SpacedLayout *m_layout = nullptr;
};

} // namespace Marginalia::Ui
