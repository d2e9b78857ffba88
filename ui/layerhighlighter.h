#pragma once
// Draws cached layers (checker findings, annotation highlights, the title
// style) over the article's text layout. highlightBlock() only looks up
// ranges that were computed elsewhere; nothing is checked while painting.

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

namespace Marginalia::Ui {

struct FormatSpan {
    int start = 0; // document position (UTF-16)
    int end = 0;
    QTextCharFormat format;
};

class LayerHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Later layers are merged over earlier ones.
    enum Layer { TitleLayer, AnnotationLayer, FindingLayer, LayerCount };

    explicit LayerHighlighter(QTextDocument *document);

    // Replaces a layer and repaints the document in slices of at most
    // SliceMs, starting at `firstBlock` (the first visible one), so a long
    // article never blocks the window.
    void setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock = 0);
    bool isUpToDate() const { return !m_timer.isActive(); }

    static constexpr int SliceMs = 15;
    const QList<FormatSpan> &layer(Layer layer) const { return m_layers[layer]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void continueRehighlight();

    QList<FormatSpan> m_layers[LayerCount];
    QTimer m_timer;
    int m_startBlock = 0;
    int m_blocksDone = 0;
};

} // namespace Marginalia::Ui
