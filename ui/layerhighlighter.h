#pragma once
// Draws cached layers (checker findings, annotation highlights, the title
// style) over the article's text layout. highlightBlock() only looks up
// ranges that were computed elsewhere; nothing is checked while painting.

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

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

    void setLayer(Layer layer, QList<FormatSpan> spans);
    const QList<FormatSpan> &layer(Layer layer) const { return m_layers[layer]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<FormatSpan> m_layers[LayerCount];
};

} // namespace Marginalia::Ui
