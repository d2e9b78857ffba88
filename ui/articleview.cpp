#include "articleview.h"

#include "findingstyle.h"
#include "layerhighlighter.h"
#include "rules/document.h"
#include "tokenizer.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>

namespace Marginalia::Ui {

namespace {

QTextCharFormat annotationFormat(const QColor &color)
{
    QColor tint = color;
    tint.setAlpha(110); // readable over light and dark palettes
    QTextCharFormat format;
    format.setBackground(tint);
    return format;
}

} // namespace

// QPlainTextDocumentLayout ignores QTextBlockFormat::lineHeight: this one
// spreads the lines of each block after it laid them out. Idempotent, and
// run whenever the edit asks where a block is (before painting it, placing
// the cursor or hit-testing).
class SpacedLayout final : public QPlainTextDocumentLayout
{
public:
    using QPlainTextDocumentLayout::QPlainTextDocumentLayout;
    qreal factor = 1.0;

    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block); // lays the block out first
        QTextLayout *layout = block.layout();
        if (factor == 1.0 || !block.isVisible() || layout->lineCount() == 0)
            return rect;
        qreal y = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            const qreal step = std::round(line.height() * factor);
            line.setPosition(QPointF(line.x(), y + (step - line.height()) / 2));
            y += step;
        }
        rect.setHeight(y + (block.next().isValid() ? 0 : document()->documentMargin()));
        return rect;
    }
};

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Article"));
    setMouseTracking(true);
    document()->setDocumentMargin(24);
    QFont reading = font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    setFont(reading);
    m_layout = new SpacedLayout(document());
    document()->setDocumentLayout(m_layout);
    m_highlighter = new LayerHighlighter(document());
    // Lines wrap at the column: never a horizontal scroll bar (the margins
    // of a narrow column left a stale one).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The margins beside a narrow column are the page's too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ArticleView::setReadingStyle(const QFont &font, int lineSpacingPercent, int maxCharacters)
{
    setFont(font);
    m_layout->factor = lineSpacingPercent / 100.0;
    m_maxCharacters = maxCharacters;
    updateTitle();
    updateColumn();
    QResizeEvent relayout(size(), QSize()); // the new spacing
    QPlainTextEdit::resizeEvent(&relayout);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleView::updateColumn()
{
    int side = 0;
    if (m_maxCharacters > 0) {
        const int column = QFontMetrics(font()).averageCharWidth() * m_maxCharacters
            + 2 * int(document()->documentMargin()) + verticalScrollBar()->sizeHint().width();
        side = std::max(0, (contentsRect().width() - column) / 2);
    }
    if (side == m_side)
        return;
    m_side = side;
    setViewportMargins(side, 0, side, 0);
    // QPlainTextEdit lays the text out again only when the widget's width
    // changes, not the viewport's.
    QResizeEvent relayout(size(), QSize());
    QPlainTextEdit::resizeEvent(&relayout);
}

void ArticleView::updateTitle()
{
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(font().pointSizeF() * 1.45);
    const int titleLength = document()->firstBlock().length() - 1;
    m_highlighter->setLayer(LayerHighlighter::TitleLayer, {FormatSpan{0, titleLength, title}});
}

void ArticleView::setArticle(const QString &text, qint64 bodyLength)
{
    const qsizetype end = TextOffsets(text).toUtf16(bodyLength);
    setPlainText(text.left(end));
    m_offsets = TextOffsets(text.left(end));
    m_findings.clear();
    m_annotations.clear();

    updateTitle(); // the first line
    m_highlighter->setLayer(LayerHighlighter::FindingLayer, {});
    m_highlighter->setLayer(LayerHighlighter::AnnotationLayer, {});
    moveCursor(QTextCursor::Start);
}

void ArticleView::setFindings(const Findings &findings, bool suggestionsReady)
{
    m_findings = findings;
    m_suggestionsReady = suggestionsReady;
    QList<FormatSpan> spans;
    spans.reserve(findings.size());
    for (const Finding &f : findings) {
        if (f.start < m_offsets.codePointCount())
            spans.append({toDocument(f.start), toDocument(f.end), FindingStyle::format(f)});
    }
    m_highlighter->setLayer(LayerHighlighter::FindingLayer, std::move(spans), firstVisibleBlock().blockNumber());
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels)
{
    m_annotations = annotations;
    // One format per label, shared by its spans (10,000 spans, a handful of
    // formats).
    QHash<qint64, QTextCharFormat> formats;
    m_labelNames.clear();
    for (const Label &l : labels) {
        formats.insert(l.id, annotationFormat(l.color));
        m_labelNames.insert(l.id, l.name);
    }
    const QTextCharFormat unknown = annotationFormat(Qt::yellow);
    QList<FormatSpan> spans;
    spans.reserve(annotations.size());
    for (const Annotation &a : annotations) {
        // An orphan's offsets point at text it was not written for: it is
        // listed in the Annotations panel, never drawn.
        if (!a.orphan)
            spans.append({toDocument(a.start), toDocument(a.end), formats.value(a.labelId, unknown)});
    }
    m_highlighter->setLayer(LayerHighlighter::AnnotationLayer, std::move(spans), firstVisibleBlock().blockNumber());
}

std::optional<Span> ArticleView::selectedSpan(SelectionMode mode) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    if (mode == SelectionMode::AsMade)
        mode = m_snapSelection ? SelectionMode::WholeWords : SelectionMode::Exact;
    if (mode == SelectionMode::WholeWords) {
        const QString text = toPlainText();
        const Token snapped = Tokenizer::snapToWords(text, start, end);
        if (snapped.start == snapped.end)
            return std::nullopt;
        start = int(snapped.start);
        end = int(snapped.end);
        // A double click on "OTAN" selects "l’OTAN": the name is "OTAN".
        const qsizetype elided = Rules::Document::elisionLength(QStringView(text).mid(start, end - start));
        if (elided > 0 && elided < end - start)
            start += int(elided);
    }
    return Span{fromDocument(start), fromDocument(end)};
}

qint64 ArticleView::caretPosition() const
{
    return fromDocument(textCursor().position());
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_snapSelection = !(event->modifiers() & Qt::ControlModifier);
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_snapSelection = !(event->modifiers() & Qt::ControlModifier);
    QPlainTextEdit::mouseDoubleClickEvent(event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // Shift+arrows select exactly what the keys say.
    if (event->modifiers() & Qt::ShiftModifier)
        m_snapSelection = false;
    QPlainTextEdit::keyPressEvent(event);
}

void ArticleView::selectSpan(qint64 start, qint64 end)
{
    m_snapSelection = false;
    QTextCursor cursor(document());
    cursor.setPosition(toDocument(start));
    cursor.setPosition(toDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

int ArticleView::toDocument(qint64 codePoint) const
{
    return int(m_offsets.toUtf16(codePoint));
}

qint64 ArticleView::fromDocument(int position) const
{
    return m_offsets.toCodePoint(position);
}

QString ArticleView::describe(qint64 position) const
{
    QStringList lines;
    for (const Finding &f : m_findings) {
        if (position < f.start || position >= f.end)
            continue;
        QString line = QStringLiteral("<b>%1</b> · %2<br>")
                           .arg(FindingStyle::categoryName(f.category).toHtmlEscaped(), severityId(f.severity))
            + f.message.toHtmlEscaped();
        if (!f.suggestions.isEmpty())
            line += QStringLiteral("<br><i>") + tr("Suggestions:") + QStringLiteral("</i> ")
                + f.suggestions.mid(0, 6).join(QStringLiteral(", ")).toHtmlEscaped();
        else if (!m_suggestionsReady && f.category == FindingCategory::Spelling)
            line += QStringLiteral("<br><i>") + tr("Looking for suggestions…") + QStringLiteral("</i>");
        lines << line;
    }
    lines << tagNotes(position);
    if (lines.isEmpty())
        return {};
    lines << QStringLiteral("<i>") + tr("Right-click for actions.") + QStringLiteral("</i>");
    return QStringLiteral("<div style='white-space:pre-wrap; width:420px'>") + lines.join(QStringLiteral("<hr>"))
        + QStringLiteral("</div>");
}

QStringList ArticleView::tagNotes(qint64 position) const
{
    QStringList lines;
    for (const Annotation &a : m_annotations) {
        if (!a.orphan && position >= a.start && position < a.end)
            lines << tr("Tagged <b>%1</b>: “%2”")
                         .arg(m_labelNames.value(a.labelId).toHtmlEscaped(), a.quote.left(80).toHtmlEscaped());
    }
    return lines;
}

QRect ArticleView::spanRect(qint64 start, qint64 end) const
{
    QTextCursor from(document());
    from.setPosition(toDocument(start));
    QTextCursor to(document());
    to.setPosition(toDocument(end));
    QRect rect = cursorRect(from);
    const QRect last = cursorRect(to);
    if (last.top() == rect.top()) // on one line: up to the span's end
        rect.setRight(last.right());
    else // wrapped: to the end of the first line
        rect.setRight(viewport()->width());
    return QRect(viewport()->mapToGlobal(rect.topLeft()), rect.size());
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const QTextCursor cursor = cursorForPosition(event->pos());
    Q_EMIT contextMenuRequested(fromDocument(cursor.position()), event->globalPos());
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // Tab and Shift+Tab step through the annotations (the text is read
        // only, there is nothing to indent); Ctrl+Tab still leaves the view.
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            Q_EMIT stepRequested(key->key() == Qt::Key_Tab);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            Q_EMIT activateRequested();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const QTextCursor cursor = cursorForPosition(inViewport);
        Q_EMIT hoverRequested(fromDocument(cursor.position()), help->globalPos());
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Marginalia::Ui
