#include "layerhighlighter.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace Marginalia::Ui {

LayerHighlighter::LayerHighlighter(QTextDocument *document)
    : QObject(document)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { continueRehighlight(); });
}

void LayerHighlighter::setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock)
{
    // By start; of two spans that start together the longer first, so that
    // a nested span is merged after the span around it.
    std::stable_sort(spans.begin(), spans.end(), [](const FormatSpan &a, const FormatSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    m_layers[layer] = std::move(spans);
    index(layer);
    m_startBlock = std::max(0, firstBlock);
    m_blocksDone = 0;
    // Now only what is on screen (a tag shows within the key press); the
    // rest of the document in later slices.
    continueRehighlight(FirstSliceBlocks);
}

void LayerHighlighter::index(Layer layer)
{
    QHash<int, QList<int>> &byBlock = m_byBlock[layer];
    byBlock.clear();
    if (!m_document)
        return;
    const QList<FormatSpan> &spans = m_layers[layer];
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const FormatSpan &span = spans.at(i);
        if (span.end <= span.start)
            continue;
        QTextBlock block = m_document->findBlock(span.start);
        if (!block.isValid())
            continue;
        for (int number = block.blockNumber(); block.isValid() && block.position() < span.end;
             block = block.next(), ++number)
            byBlock[number].append(int(i));
    }
}

void LayerHighlighter::continueRehighlight(int maxBlocks)
{
    if (!m_document)
        return;
    const int count = m_document->blockCount();
    const int stop = maxBlocks > 0 ? std::min(count, m_blocksDone + maxBlocks) : count;
    QElapsedTimer clock;
    clock.start();
    while (m_blocksDone < stop && clock.elapsed() < SliceMs) {
        applyTo(m_document->findBlockByNumber((m_startBlock + m_blocksDone) % count));
        ++m_blocksDone;
    }
    if (m_blocksDone < count)
        m_timer.start();
}

void LayerHighlighter::applyTo(const QTextBlock &block)
{
    const int blockStart = block.position();
    const int blockLength = block.length() - 1; // without the separator
    const int blockEnd = blockStart + blockLength;

    // The spans of every layer that touch this block, clipped to it, in
    // merge order.
    struct Clipped {
        int start;
        int end;
        const QTextCharFormat *format;
    };
    QList<Clipped> clipped;
    for (int layer = 0; layer < LayerCount; ++layer) {
        const QList<FormatSpan> &spans = m_layers[layer];
        const auto found = m_byBlock[layer].constFind(block.blockNumber());
        if (found == m_byBlock[layer].cend())
            continue;
        for (int i : *found) {
            const FormatSpan &span = spans.at(i);
            const int from = std::max(span.start, blockStart) - blockStart;
            const int to = std::min(span.end, blockEnd) - blockStart;
            if (from < to)
                clipped.append({from, to, &span.format});
        }
    }

    QList<QTextLayout::FormatRange> ranges;
    QList<FillBand> bands;
    if (!clipped.isEmpty()) {
        // A sweep over the span boundaries: each piece between two of them
        // gets the merge of the spans open there (usually one or two), so
        // nested and overlapping spans all stay visible.
        struct Boundary {
            int at;
            int span;
            bool opens;
        };
        QList<Boundary> boundaries;
        boundaries.reserve(clipped.size() * 2);
        for (int i = 0; i < clipped.size(); ++i) {
            boundaries.append({clipped.at(i).start, i, true});
            boundaries.append({clipped.at(i).end, i, false});
        }
        std::sort(boundaries.begin(), boundaries.end(),
                  [](const Boundary &a, const Boundary &b) { return a.at < b.at; });
        QList<int> open; // indices into `clipped`, ascending: merge order
        for (qsizetype b = 0; b < boundaries.size();) {
            const int at = boundaries.at(b).at;
            for (; b < boundaries.size() && boundaries.at(b).at == at; ++b) {
                const int span = boundaries.at(b).span;
                if (boundaries.at(b).opens)
                    open.insert(std::lower_bound(open.begin(), open.end(), span), span);
                else
                    open.removeOne(span);
            }
            if (open.isEmpty() || b == boundaries.size())
                continue;
            QTextLayout::FormatRange range;
            range.start = at;
            range.length = boundaries.at(b).at - at;
            QList<QColor> fills;
            for (int span : std::as_const(open)) {
                const QTextCharFormat &format = *clipped.at(span).format;
                range.format.merge(format);
                if (format.hasProperty(QTextFormat::BackgroundBrush))
                    fills.append(format.background().color());
            }
            if (fills.size() > 1) {
                range.format.clearBackground();
                bands.append({range.start, range.length, fills});
            }
            ranges.append(range);
        }
    }
    if (bands.isEmpty())
        m_bands.remove(block.blockNumber());
    else
        m_bands.insert(block.blockNumber(), bands);
    QTextLayout *layout = block.layout();
    // Unchanged blocks are not laid out again: one new tag re-lays one block,
    // not the 1 MB article.
    if (layout->formats() == ranges)
        return;
    layout->setFormats(ranges);
    m_document->markContentsDirty(blockStart, block.length());
}

} // namespace Marginalia::Ui
