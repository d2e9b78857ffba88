// Annotations drawn in their label's style and colour (offscreen): each
// style's format or painting, nested spans that all stay visible, fills
// that keep the text readable on light and dark palettes, claim brackets
// with the claimant in the margin, and the window following a label edit.

#include "articleview.h"
#include "labelappearance.h"
#include "layerhighlighter.h"
#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Marginalia;
using Ui::ArticleView;
using Ui::LayerHighlighter;
namespace Look = Ui::LabelAppearance;

namespace {

const QString Text = QStringLiteral("Titre\n\nLe président Volodymyr Zelenskien a parlé à Kyiv hier soir.\n");

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    return p;
}

Label label(qint64 id, LabelKind kind, const QString &color, LabelStyle style)
{
    return {id, QStringLiteral("L%1").arg(id), kind, QColor(color), {}, style};
}

// [start, end) of `word` in Text, code points (the text has no surrogates).
Annotation on(qint64 id, qint64 labelId, const QString &words)
{
    Annotation a;
    a.id = id;
    a.labelId = labelId;
    a.start = Text.indexOf(words);
    a.end = a.start + words.size();
    a.quote = words;
    return a;
}

// The format the layout gives to document position `position`.
QTextCharFormat formatAt(const ArticleView &view, int position)
{
    const QTextBlock block = view.document()->findBlock(position);
    QTextCharFormat merged;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (position - block.position() >= r.start && position - block.position() < r.start + r.length)
            merged.merge(r.format);
    }
    return merged;
}

QColor over(const QColor &tint, const QColor &base)
{
    const double a = tint.alphaF();
    return QColor::fromRgbF(float(tint.redF() * a + base.redF() * (1 - a)),
                            float(tint.greenF() * a + base.greenF() * (1 - a)),
                            float(tint.blueF() * a + base.blueF() * (1 - a)));
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestLabelStyles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<ArticleView> showView(const QList<Annotation> &annotations, const QList<Label> &labels,
                                          const QHash<qint64, QString> &entityNames = {})
    {
        auto view = std::make_unique<ArticleView>();
        view->setPalette(lightPalette());
        view->resize(700, 300);
        view->setArticle(Text, Text.size());
        view->setAnnotations(annotations, labels, entityNames);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    int position(const QString &word) const { return int(Text.indexOf(word)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void eachStyleHasItsFormat_data()
    {
        QTest::addColumn<LabelStyle>("style");
        QTest::addColumn<int>("underline");
        QTest::addColumn<bool>("background");
        QTest::newRow("fill") << LabelStyle::Fill << int(QTextCharFormat::NoUnderline) << true;
        QTest::newRow("underline") << LabelStyle::Underline << int(QTextCharFormat::SingleUnderline) << false;
        QTest::newRow("dashed") << LabelStyle::DashedUnderline << int(QTextCharFormat::DashUnderline) << false;
        QTest::newRow("dotted") << LabelStyle::DottedUnderline << int(QTextCharFormat::DotLine) << false;
        QTest::newRow("wavy") << LabelStyle::WavyUnderline << int(QTextCharFormat::WaveUnderline) << false;
        QTest::newRow("box") << LabelStyle::Box << int(QTextCharFormat::NoUnderline) << false;
    }

    void eachStyleHasItsFormat()
    {
        QFETCH(LabelStyle, style);
        QFETCH(int, underline);
        QFETCH(bool, background);
        const Label l = label(1, LabelKind::Entity, QStringLiteral("#0072b2"), style);
        auto view = showView({on(1, 1, QStringLiteral("Kyiv"))}, {l});
        QVERIFY(view);
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        const QTextCharFormat f = formatAt(*view, position(QStringLiteral("Kyiv")) + 1);
        QCOMPARE(int(f.underlineStyle()), underline);
        QCOMPARE(f.hasProperty(QTextFormat::BackgroundBrush), background);
        if (underline != QTextCharFormat::NoUnderline)
            QCOMPARE(f.underlineColor(), Look::strokeColor(l.color, lightPalette()));
        if (background)
            QCOMPARE(f.background().color(), Look::fillColor(l.color, lightPalette()));
        // Outside the span, nothing.
        QVERIFY(!formatAt(*view, position(QStringLiteral("hier"))).hasProperty(QTextFormat::BackgroundBrush));
    }

    // A box is painted around the text: its colour is on the pixels just
    // left of the word, which are plain page without it.
    void aBoxIsPaintedAroundItsSpan()
    {
        const Label l = label(1, LabelKind::Entity, QStringLiteral("#d55e00"), LabelStyle::Box);
        for (bool boxed : {false, true}) {
            auto view =
                showView(boxed ? QList<Annotation>{on(1, 1, QStringLiteral("Kyiv"))} : QList<Annotation>{}, {l});
            QVERIFY(view);
            const QList<QRectF> rects =
                view->visibleRects(position(QStringLiteral("Kyiv")), position(QStringLiteral("Kyiv")) + 4);
            QCOMPARE(rects.size(), 1);
            const QImage image = view->viewport()->grab().toImage();
            const QColor stroke = Look::strokeColor(l.color, lightPalette());
            int hits = 0;
            for (int y = int(rects.first().top()) + 2; y < int(rects.first().bottom()) - 2; ++y)
                hits += near(image.pixelColor(int(rects.first().left()) - 1, y), stroke, 60) ? 1 : 0;
            QCOMPARE(hits > 3, boxed);
        }
    }

    // Person inside a highlight: both fills stay visible as bands, the
    // outer on top; neither is replaced and their hues are not mixed into a
    // third colour.
    void nestedFillsAreDrawnAsBands()
    {
        const Label person = label(1, LabelKind::Entity, QStringLiteral("#56b4e9"), LabelStyle::Fill);
        const Label highlight = label(2, LabelKind::Highlight, QStringLiteral("#f0e442"), LabelStyle::Fill);
        auto view = showView({on(1, 1, QStringLiteral("Zelenskien")), on(2, 2, QStringLiteral("Volodymyr Zelenskien"))},
                             {person, highlight});
        QVERIFY(view);
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        const QTextBlock block = view->document()->findBlock(position(QStringLiteral("Zelenskien")));
        const QList<Ui::FillBand> bands = view->highlighter()->bands(block.blockNumber());
        QCOMPARE(bands.size(), 1);
        QCOMPARE(bands.first().start, position(QStringLiteral("Zelenskien")) - block.position());
        QCOMPARE(bands.first().length, 10);
        const QColor yellow = Look::fillColor(highlight.color, lightPalette());
        const QColor blue = Look::fillColor(person.color, lightPalette());
        QCOMPARE(bands.first().colors, (QList<QColor>{yellow, blue}));

        view->viewport()->update();
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        const QImage image = view->viewport()->grab().toImage();
        const QRectF zelenskien =
            view->visibleRects(position(QStringLiteral("Zelenskien")), position(QStringLiteral("Zelenskien")) + 10)
                .first();
        const QRectF volodymyr =
            view->visibleRects(position(QStringLiteral("Volodymyr")), position(QStringLiteral("Volodymyr")) + 9)
                .first();
        // Just inside the left edge: no glyph ink there.
        const int x = int(zelenskien.left()) + 1;
        QVERIFY(near(image.pixelColor(x, int(zelenskien.top()) + 1), over(yellow, Qt::white)));
        QVERIFY(near(image.pixelColor(x, int(zelenskien.bottom()) - 2), over(blue, Qt::white)));
        QVERIFY(
            near(image.pixelColor(int(volodymyr.left()) + 1, int(volodymyr.bottom()) - 2), over(yellow, Qt::white)));
    }

    // A fill inside an underline keeps both; an underline inside another
    // shows its own line where it is (the outer one everywhere else).
    void nestedUnderlinesAndFillsStayVisible()
    {
        const Label claim = label(1, LabelKind::Claim, QStringLiteral("#cc79a7"), LabelStyle::Underline);
        const Label person = label(2, LabelKind::Entity, QStringLiteral("#56b4e9"), LabelStyle::Fill);
        const Label error = label(3, LabelKind::MtError, QStringLiteral("#e69f00"), LabelStyle::WavyUnderline);
        auto view = showView({on(1, 1, QStringLiteral("Le président Volodymyr Zelenskien a parlé à Kyiv")),
                              on(2, 2, QStringLiteral("Zelenskien")), on(3, 1, QStringLiteral("Kyiv")),
                              on(4, 3, QStringLiteral("parlé"))},
                             {claim, person, error});
        QVERIFY(view);
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        const QTextCharFormat name = formatAt(*view, position(QStringLiteral("Zelenskien")));
        QCOMPARE(name.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(name.hasProperty(QTextFormat::BackgroundBrush));
        const QTextCharFormat parle = formatAt(*view, position(QStringLiteral("parlé")));
        QCOMPARE(parle.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(parle.underlineColor(), Look::strokeColor(error.color, lightPalette()));
        QCOMPARE(formatAt(*view, position(QStringLiteral("président"))).underlineStyle(),
                 QTextCharFormat::SingleUnderline);
    }

    // Text over any default fill keeps AAA contrast (7:1) on a light page
    // and at least AA (4.5:1) on a dark one, whose own contrast is lower;
    // every line stands out from the page (4.5:1).
    void fillsAndLinesStayReadableInBothPalettes()
    {
        const QStringList defaults{QStringLiteral("#56b4e9"), QStringLiteral("#e69f00"), QStringLiteral("#009e73"),
                                   QStringLiteral("#cc79a7"), QStringLiteral("#f0e442"), QStringLiteral("#0072b2"),
                                   QStringLiteral("#d55e00"), QStringLiteral("#999999"), QStringLiteral("#ffd92f"),
                                   QStringLiteral("#e41a1c")};
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            const QColor base = palette.color(QPalette::Base);
            const QColor text = palette.color(QPalette::Text);
            for (const QString &name : defaults) {
                const QColor fill = Look::fillColor(QColor(name), palette);
                const double needed = base.lightness() > 128 ? 7.0 : 4.5;
                QVERIFY2(Look::contrast(text, over(fill, base)) >= needed, qPrintable(name));
                QVERIFY2(fill.alphaF() >= 0.2f, qPrintable(name)); // still a visible tint
                QVERIFY2(Look::contrast(Look::strokeColor(QColor(name), palette), base) >= 4.5, qPrintable(name));
            }
        }
        // A dark page gets a fainter yellow than a light one.
        QVERIFY(Look::fillColor(QColor(0xf0, 0xe4, 0x42), darkPalette()).alphaF()
                < Look::fillColor(QColor(0xf0, 0xe4, 0x42), lightPalette()).alphaF());
    }

    void aPaletteChangeRedrawsTheFills()
    {
        const Label l = label(1, LabelKind::Entity, QStringLiteral("#f0e442"), LabelStyle::Fill);
        auto view = showView({on(1, 1, QStringLiteral("Kyiv"))}, {l});
        QVERIFY(view);
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        QCOMPARE(formatAt(*view, position(QStringLiteral("Kyiv"))).background().color(),
                 Look::fillColor(l.color, lightPalette()));
        view->setPalette(darkPalette());
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        QCOMPARE(formatAt(*view, position(QStringLiteral("Kyiv"))).background().color(),
                 Look::fillColor(l.color, darkPalette()));
    }

    // The claim's bracket and claimant are in the margin; a click there
    // selects the claim.
    void claimsHaveABracketAndTheirClaimantInTheMargin()
    {
        const Label person = label(1, LabelKind::Entity, QStringLiteral("#56b4e9"), LabelStyle::Fill);
        const Label claim = label(2, LabelKind::Claim, QStringLiteral("#cc79a7"), LabelStyle::Underline);
        Annotation mention = on(1, 1, QStringLiteral("Zelenskien"));
        mention.entityId = 7;
        Annotation byMention = on(2, 2, QStringLiteral("a parlé à Kyiv"));
        byMention.claim = Claim{};
        byMention.claim->claimantMention = mention.id;
        Annotation byEntity = on(3, 2, QStringLiteral("hier soir"));
        byEntity.claim = Claim{};
        byEntity.claim->claimantEntity = 8;
        auto view = showView({mention, byMention, byEntity}, {person, claim},
                             {{7, QStringLiteral("Volodymyr Zelensky")}, {8, QStringLiteral("Ukrinform")}});
        QVERIFY(view);
        QCOMPARE(view->claimantOf(byMention), QStringLiteral("Volodymyr Zelensky")); // the mention's entity
        QCOMPARE(view->claimantOf(byEntity), QStringLiteral("Ukrinform"));
        Annotation unlinked = byMention;
        mention.entityId = 0;
        view->setAnnotations({mention, byMention}, {person, claim});
        QCOMPARE(view->claimantOf(unlinked), QStringLiteral("Zelenskien")); // the mention's text
        QVERIFY(view->tagNotes(position(QStringLiteral("parlé")))
                    .join(QString())
                    .contains(QStringLiteral("Claimed by <b>Zelenskien</b>")));

        QWidget *margin = view->claimMargin();
        QVERIFY(margin->isVisible());
        QVERIFY(margin->width() > 40);
        QCOMPARE(view->viewport()->geometry().left(), margin->geometry().right() + 1);
        const QRectF line =
            view->visibleRects(position(QStringLiteral("parlé")), position(QStringLiteral("parlé")) + 1).first();
        const QImage image = margin->grab().toImage();
        const QColor stroke = Look::strokeColor(claim.color, lightPalette());
        int bracket = 0;
        int ink = 0;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = int(line.top()); y < int(line.bottom()); ++y) {
                bracket += near(image.pixelColor(x, y), stroke, 30) ? 1 : 0;
                // The claimant's name, left of the brackets.
                if (x < image.width() - 20)
                    ink += image.pixelColor(x, y).lightness() < 100 ? 1 : 0;
            }
        }
        QVERIFY(bracket > 5);
        QVERIFY(ink > 10);

        QTest::mouseClick(margin, Qt::LeftButton, {}, QPoint(margin->width() - 6, int(line.center().y())));
        const auto selected = view->selectedSpan(ArticleView::SelectionMode::Exact);
        QVERIFY(selected);
        QCOMPARE(selected->start, byMention.start);
        QCOMPARE(selected->end, byMention.end);

        // Without claim labels the margin takes no room.
        view->setAnnotations({mention}, {person});
        QCOMPARE(margin->isVisible(), false);
        QCOMPARE(view->viewport()->geometry().left(), view->contentsRect().left());
    }

    // A span over every paragraph of a long article is drawn in the last
    // paragraph too (each block finds its spans without scanning the rest).
    void aLongSpanReachesEveryBlock()
    {
        QString text = QStringLiteral("Titre\n\n");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("Paragraphe %1 du texte.\n").arg(i);
        ArticleView view;
        view.setArticle(text, text.size());
        const Label highlight = label(1, LabelKind::Highlight, QStringLiteral("#f0e442"), LabelStyle::Fill);
        const Label person = label(2, LabelKind::Entity, QStringLiteral("#56b4e9"), LabelStyle::Fill);
        QList<Annotation> annotations;
        Annotation all;
        all.id = 1;
        all.labelId = 1;
        all.start = 7;
        all.end = text.size() - 1;
        annotations << all;
        for (int i = 0; i < 3000; i += 3) {
            Annotation a;
            a.id = 2 + i;
            a.labelId = 2;
            a.start = text.indexOf(QStringLiteral("Paragraphe %1 ").arg(i));
            a.end = a.start + 10;
            annotations << a;
        }
        view.setAnnotations(annotations, {highlight, person});
        QTRY_VERIFY(view.highlighter()->isUpToDate());
        const QTextBlock last = view.document()->lastBlock().previous();
        QVERIFY(last.text().startsWith(QStringLiteral("Paragraphe 2999")));
        QVERIFY(formatAt(view, last.position() + 3).hasProperty(QTextFormat::BackgroundBrush));
        const QTextBlock tagged = view.document()->findBlock(int(text.indexOf(QStringLiteral("Paragraphe 2997 "))));
        QCOMPARE(view.highlighter()->bands(tagged.blockNumber()).size(), 1);
    }

    // A tag added, changed or removed on a long article formats its own
    // block at once and nothing else; a change everywhere (another palette)
    // goes through the whole document; a new text starts clean.
    void oneTagFormatsOneBlock()
    {
        QString text = QStringLiteral("Titre\n\n");
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral("Paragraphe %1 du texte.\n").arg(i);
        ArticleView view;
        view.setPalette(lightPalette());
        view.setArticle(text, text.size());
        const Label person = label(1, LabelKind::Entity, QStringLiteral("#56b4e9"), LabelStyle::Fill);
        const Label claim = label(2, LabelKind::Claim, QStringLiteral("#cc79a7"), LabelStyle::Underline);
        QList<Annotation> annotations;
        for (int i = 0; i < 2000; i += 2) {
            Annotation a;
            a.id = 1 + i;
            a.labelId = 1;
            a.start = text.indexOf(QStringLiteral("Paragraphe %1 ").arg(i));
            a.end = a.start + 10;
            annotations << a;
        }
        view.setAnnotations(annotations, {person, claim});
        QVERIFY(view.highlighter()->lastBlocksFormatted() > 1); // a pass over the document
        QTRY_VERIFY(view.highlighter()->isUpToDate());

        // Tag "texte" in paragraph 1501 (between the tagged ones).
        Annotation added;
        added.id = 5000;
        added.labelId = 1;
        added.start = text.indexOf(QStringLiteral("texte"), text.indexOf(QStringLiteral("Paragraphe 1501 ")));
        added.end = added.start + 5;
        QList<Annotation> more = annotations;
        more.insert(751, added);
        QVERIFY(!formatAt(view, int(added.start)).hasProperty(QTextFormat::BackgroundBrush));
        view.setAnnotations(more, {person, claim});
        QCOMPARE(view.highlighter()->lastBlocksFormatted(), 1);
        QVERIFY(view.highlighter()->isUpToDate());
        QVERIFY(formatAt(view, int(added.start)).hasProperty(QTextFormat::BackgroundBrush));

        // Its label changed: the same block turns from fill to underline.
        more[751].labelId = 2;
        view.setAnnotations(more, {person, claim});
        QCOMPARE(view.highlighter()->lastBlocksFormatted(), 1);
        QVERIFY(!formatAt(view, int(added.start)).hasProperty(QTextFormat::BackgroundBrush));
        QCOMPARE(formatAt(view, int(added.start)).underlineStyle(), QTextCharFormat::SingleUnderline);

        // Removed: gone, the paragraphs around it as they were.
        view.setAnnotations(annotations, {person, claim});
        QCOMPARE(view.highlighter()->lastBlocksFormatted(), 1);
        QVERIFY(formatAt(view, int(added.start)).isEmpty());
        const int neighbour = int(text.indexOf(QStringLiteral("Paragraphe 1500 ")));
        QVERIFY(formatAt(view, neighbour).hasProperty(QTextFormat::BackgroundBrush));

        // Every fill changes with the palette: all of them are redone.
        view.setPalette(darkPalette());
        QVERIFY(view.highlighter()->lastBlocksFormatted() > 1);
        QTRY_VERIFY(view.highlighter()->isUpToDate());
        const QColor darkFill = formatAt(view, neighbour).background().color();
        const QTextBlock last = view.document()->findBlock(int(text.indexOf(QStringLiteral("Paragraphe 1998 "))));
        QCOMPARE(formatAt(view, last.position()).background().color(), darkFill);

        // Another article: no format of the old one is left on the new text.
        const QString other = QStringLiteral("Autre\n\nParagraphe sans étiquette.\n");
        view.setArticle(other, other.size());
        view.setAnnotations({}, {person, claim});
        QTRY_VERIFY(view.highlighter()->isUpToDate());
        QVERIFY(formatAt(view, int(other.indexOf(QStringLiteral("Paragraphe")))).isEmpty());
    }

    // The window draws a label's new look as soon as it is edited: the
    // session tells it (no call from the editor to the view).
    void theWindowFollowsALabelEdit()
    {
        const QString articlePath = m_dir.filePath(QStringLiteral("fr-99.txt"));
        QFile file(articlePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Text.toUtf8());
        file.close();
        auto session = Session::open(m_dir.filePath(QStringLiteral("window.marginalia")));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        QVERIFY((*session)->openArticleFile(articlePath).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Label person;
        for (const Label &l : (*session)->labels()) {
            if (l.name == u"Person")
                person = l;
        }
        // "soir": a common word, which no finding underlines.
        QVERIFY(
            (*session)->tag(position(QStringLiteral("soir")), position(QStringLiteral("soir")) + 4, person.id).ok());
        ArticleView *view = window.articleView();
        QTRY_VERIFY(formatAt(*view, position(QStringLiteral("soir"))).hasProperty(QTextFormat::BackgroundBrush));
        person.style = LabelStyle::DashedUnderline;
        QVERIFY((*session)->annotator().updateLabel(person).ok());
        QTRY_COMPARE(formatAt(*view, position(QStringLiteral("soir"))).underlineStyle(),
                     QTextCharFormat::DashUnderline);
        QVERIFY(!formatAt(*view, position(QStringLiteral("soir"))).hasProperty(QTextFormat::BackgroundBrush));
        (*session)->annotator().undoStack()->undo();
        QTRY_VERIFY(formatAt(*view, position(QStringLiteral("soir"))).hasProperty(QTextFormat::BackgroundBrush));
    }

    void samplesAreDrawn()
    {
        for (LabelStyle style : Look::styles()) {
            const QIcon icon = Look::sample(style, QColor(0x00, 0x72, 0xb2), lightPalette(), QApplication::font());
            QVERIFY(!icon.isNull());
            QVERIFY(!Look::styleName(style).isEmpty());
        }
    }
};

QTEST_MAIN(TestLabelStyles)
#include "tst_labelstyles.moc"
