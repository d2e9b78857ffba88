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

#include <optional>

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

    // Replaces a layer. Only the blocks where it differs from the layer it
    // replaces are formatted again, at once; where that is most of the
    // document, it is repainted in slices of at most SliceMs, starting at
    // `firstBlock` (the first visible one). The spans refer to the document
    // as it is now.
    void setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock = 0);
    // The document's text was replaced (its blocks have no formats): every
    // layer is empty, nothing is left to do.
    void clear();
    const QList<FormatSpan> &layer(Layer layer) const { return m_layers[layer]; }
    bool isUpToDate() const { return !m_timer.isActive(); }
    // The overlapping fills of a block, as of its last highlighting.
    QList<FillBand> bands(int blockNumber) const { return m_bands.value(blockNumber); }

    static constexpr int SliceMs = 15;
    // Blocks done at once when a layer changes: more than a screenful.
    static constexpr int FirstSliceBlocks = 64;
    // Changed blocks formatted at once, without a pass over the document.
    static constexpr int MaxChangedBlocks = 64;
    // Blocks formatted by the last setLayer() call before it returned (for
    // tests and benchmarks).
    int lastBlocksFormatted() const { return m_lastFormatted; }

private:
    void continueRehighlight(int maxBlocks = 0);
    void applyTo(const QTextBlock &block);
    // Which spans of the layer touch which block.
    void index(Layer layer);
    // The blocks where `before` and `after` (both in layer order) differ, or
    // nullopt if there are more than MaxChangedBlocks of them.
    std::optional<QList<int>> changedBlocks(const QList<FormatSpan> &before, const QList<FormatSpan> &after) const;

    QPointer<QTextDocument> m_document;
    QList<FormatSpan> m_layers[LayerCount];
    // Spans longer than LongSpan, by index: checked against every block.
    // Shorter ones that touch a block start at most LongSpan before it, so a
    // binary search finds them; one long span (a highlight over the whole
    // article) does not make every block scan the spans before it, and
    // setLayer() does no per-block work.
    static constexpr int LongSpan = 256;
    QList<int> m_long[LayerCount];
    QHash<int, QList<FillBand>> m_bands; // by block number
    int m_lastFormatted = 0;
    QTimer m_timer;
    int m_startBlock = 0;
    int m_blocksDone = 0;
};

} // namespace Marginalia::Ui
