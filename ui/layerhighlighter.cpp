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
    const std::optional<QList<int>> changed = changedBlocks(m_layers[layer], spans);
    m_layers[layer] = std::move(spans);
    index(layer);
    if (!m_document)
        return;
    if (changed) {
        // One tag: its block, at once. A pass already under way goes on
        // with the new spans.
        for (int number : *changed)
            applyTo(m_document->findBlockByNumber(number));
        m_lastFormatted = int(changed->size());
        return;
    }
    m_startBlock = std::max(0, firstBlock);
    m_blocksDone = 0;
    // Now only what is on screen; the rest of the document in later slices.
    const int before = m_blocksDone;
    continueRehighlight(FirstSliceBlocks);
    m_lastFormatted = m_blocksDone - before;
}

void LayerHighlighter::clear()
{
    for (int layer = 0; layer < LayerCount; ++layer) {
        m_layers[layer].clear();
        index(Layer(layer));
    }
    m_bands.clear();
    m_timer.stop();
    m_blocksDone = m_document ? m_document->blockCount() : 0;
}

std::optional<QList<int>> LayerHighlighter::changedBlocks(const QList<FormatSpan> &before,
                                                          const QList<FormatSpan> &after) const
{
    if (!m_document)
        return QList<int>{};
    // Both lists are in layer order (start ascending, end descending): a
    // merge finds the spans only one of them has, and the spans whose
    // format changed.
    QList<std::pair<int, int>> ranges;
    auto less = [](const FormatSpan &a, const FormatSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < before.size() || j < after.size()) {
        if (i < before.size() && j < after.size() && before.at(i).start == after.at(j).start
            && before.at(i).end == after.at(j).end) {
            if (!(before.at(i).format == after.at(j).format))
                ranges.append({after.at(j).start, after.at(j).end});
            ++i;
            ++j;
        } else if (j == after.size() || (i < before.size() && less(before.at(i), after.at(j)))) {
            ranges.append({before.at(i).start, before.at(i).end});
            ++i;
        } else {
            ranges.append({after.at(j).start, after.at(j).end});
            ++j;
        }
        if (ranges.size() > MaxChangedBlocks)
            return std::nullopt;
    }
    QList<int> blocks;
    for (const auto &[start, end] : std::as_const(ranges)) {
        for (QTextBlock block = m_document->findBlock(start); block.isValid() && block.position() <= end;
             block = block.next()) {
            if (!blocks.contains(block.blockNumber()))
                blocks.append(block.blockNumber());
            if (blocks.size() > MaxChangedBlocks)
                return std::nullopt;
        }
    }
    return blocks;
}

void LayerHighlighter::index(Layer layer)
{
    QList<int> &longSpans = m_long[layer];
    longSpans.clear();
    const QList<FormatSpan> &spans = m_layers[layer];
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans.at(i).end - spans.at(i).start > LongSpan)
            longSpans.append(int(i));
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
        auto clip = [&](int i) {
            const FormatSpan &span = spans.at(i);
            const int from = std::max(span.start, blockStart) - blockStart;
            const int to = std::min(span.end, blockEnd) - blockStart;
            if (from < to)
                clipped.append({from, to, &span.format});
        };
        // In merge order (layer order): the indices ascending.
        QList<int> touching;
        for (int i : std::as_const(m_long[layer])) {
            if (spans.at(i).start >= blockEnd)
                break; // sorted by start
            if (spans.at(i).end > blockStart)
                touching.append(i);
        }
        const bool mixed = !touching.isEmpty();
        auto it = std::lower_bound(spans.cbegin(), spans.cend(), blockStart - LongSpan,
                                   [](const FormatSpan &s, int position) { return s.start < position; });
        for (; it != spans.cend() && it->start < blockEnd; ++it) {
            if (it->end > blockStart && it->end - it->start <= LongSpan)
                touching.append(int(it - spans.cbegin()));
        }
        if (mixed)
            std::sort(touching.begin(), touching.end());
        for (int i : std::as_const(touching))
            clip(i);
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
            // b < boundaries.size(): checked just above.
            // cppcheck-suppress containerOutOfBounds
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
