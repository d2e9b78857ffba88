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
    std::sort(spans.begin(), spans.end(), [](const FormatSpan &a, const FormatSpan &b) { return a.start < b.start; });
    m_longest[layer] = 0;
    for (const FormatSpan &s : spans)
        m_longest[layer] = std::max(m_longest[layer], s.end - s.start);
    m_layers[layer] = std::move(spans);
    m_startBlock = std::max(0, firstBlock);
    m_blocksDone = 0;
    // Now only what is on screen (a tag shows within the key press); the
    // rest of the document in later slices.
    continueRehighlight(FirstSliceBlocks);
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

    // The spans of every layer that touch this block, clipped to it.
    struct Clipped {
        int start;
        int end;
        const QTextCharFormat *format;
    };
    QList<Clipped> clipped;
    QList<int> cuts{0, blockLength};
    for (int layer = 0; layer < LayerCount; ++layer) {
        const QList<FormatSpan> &spans = m_layers[layer];
        // Sorted by start: skip to the first span that may reach this block.
        auto first = std::lower_bound(spans.cbegin(), spans.cend(), blockStart - m_longest[layer],
                                      [](const FormatSpan &s, int pos) { return s.start < pos; });
        for (auto it = first; it != spans.cend() && it->start < blockEnd; ++it) {
            if (it->end <= blockStart)
                continue;
            const int from = std::max(it->start, blockStart) - blockStart;
            const int to = std::min(it->end, blockEnd) - blockStart;
            clipped.append({from, to, &it->format});
            cuts << from << to;
        }
    }
    QList<QTextLayout::FormatRange> ranges;
    if (!clipped.isEmpty()) {
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        // Each piece between two cuts gets the merge of every span covering
        // it, so nested and overlapping spans all stay visible.
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            QTextLayout::FormatRange range;
            range.start = cuts.at(i);
            range.length = cuts.at(i + 1) - cuts.at(i);
            bool any = false;
            for (const Clipped &c : std::as_const(clipped)) {
                if (c.start <= range.start && c.end >= range.start + range.length) {
                    range.format.merge(*c.format);
                    any = true;
                }
            }
            if (any)
                ranges.append(range);
        }
    }
    QTextLayout *layout = block.layout();
    // Unchanged blocks are not laid out again: one new tag re-lays one block,
    // not the 1 MB article.
    if (layout->formats() == ranges)
        return;
    layout->setFormats(ranges);
    m_document->markContentsDirty(blockStart, block.length());
}

} // namespace Marginalia::Ui
