#pragma once
// Draws cached layers (checker findings, annotation highlights, the title
// style) over the article's text layout. The ranges were computed elsewhere;
// this class only writes them into each block's QTextLayout, a slice of
// blocks at a time, visible blocks first. Unlike QSyntaxHighlighter it never
// reformats the whole document in one go when the text is set, which froze
// the window on long articles.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTimer>

class QTextBlock;

namespace Marginalia::Ui {

struct FormatSpan {
    int start = 0; // document position (UTF-16)
    int end = 0;
    QTextCharFormat format;
};

class LayerHighlighter final : public QObject
{
    Q_OBJECT

public:
    // Later layers are merged over earlier ones.
    enum Layer { TitleLayer, AnnotationLayer, FindingLayer, LayerCount };

    explicit LayerHighlighter(QTextDocument *document);

    // Replaces a layer and repaints the document in slices of at most
    // SliceMs, starting at `firstBlock` (the first visible one).
    void setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock = 0);
    const QList<FormatSpan> &layer(Layer layer) const { return m_layers[layer]; }
    bool isUpToDate() const { return !m_timer.isActive(); }

    static constexpr int SliceMs = 15;
    // Blocks done at once when a layer changes: more than a screenful.
    static constexpr int FirstSliceBlocks = 64;

private:
    void continueRehighlight(int maxBlocks = 0);
    void applyTo(const QTextBlock &block);

    QPointer<QTextDocument> m_document;
    QList<FormatSpan> m_layers[LayerCount];
    int m_longest[LayerCount] = {}; // longest span per layer, to bound lookups
    QTimer m_timer;
    int m_startBlock = 0;
    int m_blocksDone = 0;
};

} // namespace Marginalia::Ui
