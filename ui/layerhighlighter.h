#pragma once
// Draws cached layers (checker findings, annotation highlights, the title
// style) over the article's text layout. The ranges were computed elsewhere;
// this class only writes them into each block's QTextLayout, a slice of
// blocks at a time, visible blocks first. Unlike QSyntaxHighlighter it never
// reformats the whole document in one go when the text is set, which froze
// the window on long articles.
//
// Where spans overlap, their formats are merged: later layers over earlier
// ones, and within a layer a span nested in another after it, so an inner
// underline shows over an outer one. Backgrounds are not replaced: where
// fills overlap, the piece gets no background in its format but is listed
// in bands(), and the view paints one band per fill under the text (the
// outer on top), so both stay visible and neither colour turns into a third.
// (A gradient background cannot do it: QPlainTextEdit moves the brush
// origin for wave underlines, which shifts gradients off their lines.)

#include <QHash>
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

// A piece of a block where fills overlap: their colours, outer first.
struct FillBand {
    int start = 0; // in the block
    int length = 0;
    QList<QColor> colors;
};

class LayerHighlighter final : public QObject
{
    Q_OBJECT

public:
    // Later layers are merged over earlier ones.
    enum Layer { TitleLayer, AnnotationLayer, FindingLayer, LayerCount };

    explicit LayerHighlighter(QTextDocument *document);

    // Replaces a layer and repaints the document in slices of at most
    // SliceMs, starting at `firstBlock` (the first visible one). The spans
    // refer to the document as it is now.
    void setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock = 0);
    const QList<FormatSpan> &layer(Layer layer) const { return m_layers[layer]; }
    bool isUpToDate() const { return !m_timer.isActive(); }
    // The overlapping fills of a block, as of its last highlighting.
    QList<FillBand> bands(int blockNumber) const { return m_bands.value(blockNumber); }

    static constexpr int SliceMs = 15;
    // Blocks done at once when a layer changes: more than a screenful.
    static constexpr int FirstSliceBlocks = 64;

private:
    void continueRehighlight(int maxBlocks = 0);
    void applyTo(const QTextBlock &block);
    // Which spans of the layer touch which block.
    void index(Layer layer);

    QPointer<QTextDocument> m_document;
    QList<FormatSpan> m_layers[LayerCount];
    // Block number → the layer's spans that touch the block, in merge order.
    // A span costs one lookup plus one entry per block it covers, so a long
    // span (a claim over many paragraphs) does not make every block scan
    // the spans before it.
    QHash<int, QList<int>> m_byBlock[LayerCount];
    QHash<int, QList<FillBand>> m_bands; // by block number
    QTimer m_timer;
    int m_startBlock = 0;
    int m_blocksDone = 0;
};

} // namespace Marginalia::Ui
