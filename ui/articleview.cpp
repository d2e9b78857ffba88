#include "articleview.h"

#include "findingstyle.h"
#include "labelappearance.h"
#include "layerhighlighter.h"
#include "rules/document.h"
#include "tokenizer.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Marginalia::Ui {

// The strip left of the text where claims get their bracket and claimant.
class ClaimMargin final : public QWidget
{
public:
    explicit ClaimMargin(ArticleView *view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("claimMargin"));
        setAccessibleName(ArticleView::tr("Claims and claimants"));
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        m_view->paintClaimMargin(painter, event->rect());
    }
    void mousePressEvent(QMouseEvent *event) override { m_view->claimMarginClicked(event->position()); }
    void mouseReleaseEvent(QMouseEvent *event) override { event->accept(); }
    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QWidget::event(event);
        auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        for (const ArticleView::Mark *claim : m_view->claimsAt(help->pos().y())) {
            QTextCursor span(m_view->document());
            span.setPosition(claim->start);
            span.setPosition(claim->end, QTextCursor::KeepAnchor);
            const QString quote = span.selectedText().left(80);
            lines << (claim->claimant.isEmpty() ? ArticleView::tr("Claim, no claimant: “%1”").arg(quote.toHtmlEscaped())
                                                : ArticleView::tr("Claim by <b>%1</b>: “%2”")
                                                      .arg(claim->claimant.toHtmlEscaped(), quote.toHtmlEscaped()));
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }

private:
    ArticleView *m_view;
};

namespace {

constexpr int LaneWidth = 5;
constexpr int MaxLanes = 3;

QFont marginFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    return small;
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
    m_readingFont = font();
    m_readingFont.setPointSizeF(m_readingFont.pointSizeF() * 1.15);
    setFont(m_readingFont);
    m_layout = new SpacedLayout(document());
    document()->setDocumentLayout(m_layout);
    m_highlighter = new LayerHighlighter(document());
    // Before anything that changes the palette (changeEvent draws the
    // annotations and places the margin).
    m_claimMargin = new ClaimMargin(this);
    m_claimMargin->hide();
    connect(this, &QPlainTextEdit::updateRequest, m_claimMargin, [this] { m_claimMargin->update(); });
    // Lines wrap at the column: never a horizontal scroll bar (the margins
    // of a narrow column left a stale one).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The margins beside a narrow column are the page's too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ArticleView::setReadingStyle(const QFont &font, int lineSpacingPercent, int maxCharacters)
{
    m_readingFont = font;
    m_layout->factor = lineSpacingPercent / 100.0;
    m_maxCharacters = maxCharacters;
    applyFont();
}

void ArticleView::setZoom(int percent)
{
    percent = std::clamp(percent, MinZoom, MaxZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    applyFont();
    Q_EMIT zoomChanged(m_zoom);
}

void ArticleView::applyFont()
{
    // A caret on screen stays on screen.
    const QRect caret = cursorRect();
    const bool caretShown = caret.top() >= 0 && caret.bottom() < viewport()->height();
    QFont zoomed = m_readingFont;
    zoomed.setPointSizeF(m_readingFont.pointSizeF() * m_zoom / 100.0);
    setFont(zoomed);
    updateTitle();
    updateColumn();
    QResizeEvent relayout(size(), QSize()); // the new spacing
    QPlainTextEdit::resizeEvent(&relayout);
    if (caretShown)
        ensureCursorVisible();
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    // QPlainTextEdit zooms a read-only text by itself, past the reading
    // style and with no way back: Ctrl+wheel is the window's zoom.
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom + steps * ZoomStep);
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
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
        side = std::max(0, (contentsRect().width() - column - claimMarginWidth()) / 2);
    }
    m_side = side;
    updateMargins();
}

void ArticleView::updateMargins()
{
    // The reading column is centred; the claim margin lies just left of it.
    const int claims = claimMarginWidth();
    const QMargins margins(m_side + claims, 0, m_side, 0);
    const QRect contents = contentsRect();
    m_claimMargin->setGeometry(contents.left() + m_side, contents.top(), claims, contents.height());
    m_claimMargin->setVisible(claims > 0);
    if (viewportMargins() == margins)
        return;
    setViewportMargins(margins);
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
    // The claim margin keeps its width until the article's annotations come
    // (setAnnotations): no reflow there and back on every article shown.
    m_boxes.clear();
    m_claims.clear();

    m_highlighter->clear(); // the new text has no formats yet
    updateTitle(); // the first line
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

void ArticleView::setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                                 const QHash<qint64, QString> &entityNames)
{
    m_annotations = annotations;
    m_labels = labels;
    m_entityNames = entityNames;
    m_labelNames.clear();
    for (const Label &l : labels)
        m_labelNames.insert(l.id, l.name);
    applyAnnotations();
}

void ArticleView::applyAnnotations()
{
    // One look per label, shared by its spans (10,000 spans, a handful of
    // labels): the colours are fitted to the palette once.
    struct Look {
        LabelStyle style = LabelStyle::Fill;
        bool claim = false;
        QTextCharFormat format;
        QColor stroke;
    };
    auto lookOf = [this](LabelStyle style, const QColor &color, bool claim) {
        return Look{style, claim, LabelAppearance::format(style, color, palette()),
                    LabelAppearance::strokeColor(color, palette())};
    };
    QHash<qint64, Look> looks;
    for (const Label &l : std::as_const(m_labels))
        looks.insert(l.id, lookOf(l.style, l.color, l.kind == LabelKind::Claim));
    const Look unknown = lookOf(LabelStyle::Fill, Qt::yellow, false);

    const int length = document()->characterCount() - 1;
    QList<FormatSpan> spans;
    m_boxes.clear();
    m_claims.clear();
    for (const Annotation &a : std::as_const(m_annotations)) {
        // An orphan's offsets point at text it was not written for: it is
        // listed in the Annotations panel, never drawn.
        if (a.orphan)
            continue;
        const int start = toDocument(a.start);
        const int end = std::min(toDocument(a.end), length);
        if (start >= end)
            continue;
        const auto found = looks.constFind(a.labelId);
        const Look &look = found != looks.cend() ? *found : unknown;
        const QColor &stroke = look.stroke;
        if (look.style == LabelStyle::Box)
            m_boxes.append({start, end, stroke, a.id, {}, 0});
        else
            spans.append({start, end, look.format});
        if (look.claim)
            m_claims.append({start, end, stroke, a.id, claimantOf(a), 0});
    }
    // Overlapping claims get brackets side by side, the outer one leftmost.
    std::stable_sort(m_claims.begin(), m_claims.end(), [](const Mark &a, const Mark &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<int> laneEnds;
    for (Mark &claim : m_claims) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > claim.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(0);
        laneEnds[lane] = claim.end;
        claim.lane = std::min(lane, MaxLanes - 1);
    }
    updateColumn();
    m_highlighter->setLayer(LayerHighlighter::AnnotationLayer, std::move(spans), firstVisibleBlock().blockNumber());
    viewport()->update();
    m_claimMargin->update();
}

QString ArticleView::claimantOf(const Annotation &claim) const
{
    if (!claim.claim)
        return {};
    if (claim.claim->claimantEntity != 0)
        return m_entityNames.value(claim.claim->claimantEntity);
    if (claim.claim->claimantMention == 0)
        return {};
    for (const Annotation &mention : m_annotations) {
        if (mention.id == claim.claim->claimantMention)
            return m_entityNames.value(mention.entityId, mention.quote);
    }
    return {};
}

int ArticleView::claimMarginWidth() const
{
    // Kept while the project can have claims at all, not only while this
    // article has some: the text must not move when the first claim is
    // tagged or the last removed.
    const bool claims =
        std::any_of(m_labels.cbegin(), m_labels.cend(), [](const Label &l) { return l.kind == LabelKind::Claim; });
    if (!claims)
        return 0;
    const QFontMetrics metrics(marginFont(font()));
    return metrics.averageCharWidth() * 16 + MaxLanes * LaneWidth + 8;
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
        if (a.orphan || position < a.start || position >= a.end)
            continue;
        QString line = tr("Tagged <b>%1</b>: “%2”")
                           .arg(m_labelNames.value(a.labelId).toHtmlEscaped(), a.quote.left(80).toHtmlEscaped());
        if (const QString claimant = claimantOf(a); !claimant.isEmpty())
            line += QStringLiteral("<br>") + tr("Claimed by <b>%1</b>").arg(claimant.toHtmlEscaped());
        lines << line;
    }
    return lines;
}

std::pair<int, int> ArticleView::visibleRange() const
{
    const QTextBlock first = firstVisibleBlock();
    const QTextCursor last = cursorForPosition(QPoint(viewport()->width(), viewport()->height()));
    const QTextBlock lastBlock = last.block();
    return {first.position(), lastBlock.position() + lastBlock.length()};
}

QList<QRectF> ArticleView::fragments(int start, int end) const
{
    QList<QRectF> rects;
    const qreal bottom = viewport()->height();
    for (QTextBlock block = document()->findBlock(std::max(start, firstVisibleBlock().position()));
         block.isValid() && block.position() < end; block = block.next()) {
        const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
        if (geometry.top() > bottom)
            break;
        if (!block.isVisible())
            continue;
        const int from = std::max(start, block.position()) - block.position();
        const int to = std::min(end, block.position() + block.length() - 1) - block.position();
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (lineEnd <= from || lineStart >= to)
                continue;
            const qreal left = line.cursorToX(std::max(from, lineStart));
            const qreal right = line.cursorToX(std::min(to, lineEnd));
            rects.append(QRectF(left, line.y(), right - left, line.height())
                             .translated(geometry.topLeft() + layout->position()));
        }
    }
    return rects;
}

QList<QRectF> ArticleView::visibleRects(qint64 start, qint64 end) const
{
    return fragments(toDocument(start), toDocument(end));
}

void ArticleView::paintBands(const QRect &rect)
{
    QPainter painter(viewport());
    painter.setClipRect(rect);
    const qreal bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        if (blockBoundingGeometry(block).translated(contentOffset()).top() > bottom)
            break;
        const QList<FillBand> bands = m_highlighter->bands(block.blockNumber());
        for (const FillBand &band : bands) {
            const int start = block.position() + band.start;
            for (const QRectF &piece : fragments(start, start + band.length)) {
                const qreal height = piece.height() / qreal(band.colors.size());
                for (qsizetype i = 0; i < band.colors.size(); ++i)
                    painter.fillRect(QRectF(piece.left(), piece.top() + qreal(i) * height, piece.width(), height),
                                     band.colors.at(i));
            }
        }
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    // Under the text: QPlainTextEdit paints over the viewport's background
    // without filling it again.
    paintBands(event->rect());
    QPlainTextEdit::paintEvent(event);
    if (m_boxes.isEmpty())
        return;
    const auto [first, last] = visibleRange();
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Mark &box : std::as_const(m_boxes)) {
        if (box.end <= first || box.start >= last)
            continue;
        painter.setPen(QPen(box.color, 1.5));
        for (const QRectF &rect : fragments(box.start, box.end))
            painter.drawRoundedRect(rect.adjusted(-1, 0.75, 1, -0.75), 2, 2);
    }
}

void ArticleView::paintClaimMargin(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, palette().color(QPalette::Base));
    if (m_claims.isEmpty())
        return;
    const auto [first, last] = visibleRange();
    const qreal height = m_claimMargin->height();
    const qreal bracketRight = m_claimMargin->width() - 3;
    // The text lies right of the margin: viewport y is margin y.
    struct Name {
        qreal y;
        qreal lineHeight;
        QStringList names;
    };
    QList<Name> names;
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Mark &claim : std::as_const(m_claims)) {
        if (claim.end <= first || claim.start >= last)
            continue;
        const QList<QRectF> pieces = fragments(claim.start, claim.end);
        const bool startShown = claim.start >= first && !pieces.isEmpty();
        const bool endShown = claim.end <= last && !pieces.isEmpty();
        const qreal top = startShown ? pieces.constFirst().top() + 2 : -2;
        const qreal bottom = endShown ? pieces.constLast().bottom() - 2 : height + 2;
        const qreal x = bracketRight - (MaxLanes - 1 - claim.lane) * LaneWidth - LaneWidth + 1;
        painter.setPen(QPen(claim.color, 2, Qt::SolidLine, Qt::FlatCap));
        QPolygonF bracket;
        if (startShown)
            bracket << QPointF(x + LaneWidth - 1, top);
        bracket << QPointF(x, top) << QPointF(x, bottom);
        if (endShown)
            bracket << QPointF(x + LaneWidth - 1, bottom);
        painter.drawPolyline(bracket);
        if (startShown && !claim.claimant.isEmpty()) {
            const qreal y = pieces.constFirst().top();
            auto same = std::find_if(names.begin(), names.end(), [y](const Name &n) { return qAbs(n.y - y) < 1; });
            if (same == names.end())
                names.append({y, pieces.constFirst().height(), {claim.claimant}});
            else if (!same->names.contains(claim.claimant))
                same->names.append(claim.claimant);
        }
    }
    const QFont small = marginFont(font());
    const QFontMetricsF metrics(small);
    const qreal textRight = bracketRight - MaxLanes * LaneWidth - 2;
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::Text));
    for (const Name &n : std::as_const(names)) {
        // "Hélène Duvernoy" where it fits, "Duvernoy" where it does not, as
        // a newspaper names someone the second time; cut only after that.
        QString text = n.names.join(QStringLiteral(", "));
        if (metrics.horizontalAdvance(text) > textRight - 4) {
            QStringList surnames;
            for (const QString &name : std::as_const(n.names))
                surnames << name.section(u' ', -1, -1, QString::SectionSkipEmpty);
            text = surnames.join(QStringLiteral(", "));
        }
        text = metrics.elidedText(text, Qt::ElideRight, textRight - 4);
        painter.drawText(QRectF(4, n.y, textRight - 4, n.lineHeight), Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

QList<const ArticleView::Mark *> ArticleView::claimsAt(qreal y) const
{
    const auto [first, last] = visibleRange();
    QList<const Mark *> claims;
    for (const Mark &claim : m_claims) {
        if (claim.end <= first || claim.start >= last)
            continue;
        const QList<QRectF> pieces = fragments(claim.start, claim.end);
        if (std::any_of(pieces.cbegin(), pieces.cend(),
                        [y](const QRectF &piece) { return y >= piece.top() && y < piece.bottom(); }))
            claims.append(&claim);
    }
    return claims;
}

void ArticleView::claimMarginClicked(const QPointF &at)
{
    // The innermost claim on that line: the last one, since claims are in
    // reading order and an inner claim follows the outer.
    const QList<const Mark *> claims = claimsAt(at.y());
    if (claims.isEmpty())
        return;
    selectSpan(fromDocument(claims.constLast()->start), fromDocument(claims.constLast()->end));
    setFocus(Qt::MouseFocusReason);
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Fills and lines are fitted to the palette (light or dark).
    if (event->type() == QEvent::PaletteChange)
        applyAnnotations();
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
