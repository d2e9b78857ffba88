#include "layerhighlighter.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Marginalia::Ui {

LayerHighlighter::LayerHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &LayerHighlighter::continueRehighlight);
}

void LayerHighlighter::setLayer(Layer layer, QList<FormatSpan> spans, int firstBlock)
{
    std::sort(spans.begin(), spans.end(), [](const FormatSpan &a, const FormatSpan &b) { return a.start < b.start; });
    m_layers[layer] = std::move(spans);
    m_startBlock = std::max(0, firstBlock);
    m_blocksDone = 0;
    continueRehighlight();
}

void LayerHighlighter::continueRehighlight()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const int count = doc->blockCount();
    QElapsedTimer clock;
    clock.start();
    while (m_blocksDone < count && clock.elapsed() < SliceMs) {
        rehighlightBlock(doc->findBlockByNumber((m_startBlock + m_blocksDone) % count));
        ++m_blocksDone;
    }
    if (m_blocksDone < count)
        m_timer.start();
}

void LayerHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());

    // The spans of every layer that touch this block, clipped to it.
    struct Clipped {
        int start;
        int end;
        const QTextCharFormat *format;
    };
    QList<Clipped> clipped;
    QList<int> cuts{0, int(text.size())};
    for (const QList<FormatSpan> &spans : m_layers) {
        for (const FormatSpan &span : spans) {
            if (span.start >= blockEnd)
                break; // sorted by start
            if (span.end <= blockStart)
                continue;
            const int from = std::max(span.start, blockStart) - blockStart;
            const int to = std::min(span.end, blockEnd) - blockStart;
            clipped.append({from, to, &span.format});
            cuts << from << to;
        }
    }
    if (clipped.isEmpty())
        return;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Each piece between two cuts gets the merge of every span covering it,
    // so nested and overlapping spans all stay visible.
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i);
        const int to = cuts.at(i + 1);
        QTextCharFormat merged;
        bool any = false;
        for (const Clipped &c : std::as_const(clipped)) {
            if (c.start <= from && c.end >= to) {
                merged.merge(*c.format);
                any = true;
            }
        }
        if (any)
            setFormat(from, to - from, merged);
    }
}

} // namespace Marginalia::Ui
