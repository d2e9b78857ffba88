// The heat strip beside the article in the real window: its marks are where
// the findings and annotations are, it follows tagging and undo, and a click
// on a mark puts the caret at that text.

#include "articleview.h"
#include "heatstrip.h"
#include "mainwindow.h"
#include "session.h"

#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;
using namespace Marginalia::Ui;

class TestHeatStrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A long article: one flagged word near the end, so rows are far apart.
    QString writeArticle()
    {
        QString text = QStringLiteral("Un long article\n\n");
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("Le président a parlé longtemps devant les députés ce matin.\n\n");
        text += QStringLiteral("Ils ont vu l’OTANet la fin.\n");
        const QString path = m_dir.filePath(QStringLiteral("fr-long.txt"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void marksFollowFindingsAndAnnotationsAndClicksGoThere()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("strip.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        const QString path = writeArticle();
        QVERIFY(!path.isEmpty());
        QVERIFY(s.openArticleFile(path).ok());
        MainWindow window(s);
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HeatStrip *strip = window.heatStrip();
        QVERIFY(strip->isVisible());
        QVERIFY(strip->height() > 100);

        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(s.findings().cbegin(), s.findings().cend(),
                                             [](const Finding &f) { return f.text == u"OTANet"; }),
                                 30000);
        const Finding merged = *std::find_if(s.findings().cbegin(), s.findings().cend(),
                                             [](const Finding &f) { return f.text == u"OTANet"; });
        const int findingRow = strip->rowOf(merged.start);
        QVERIFY2(findingRow > strip->height() * 3 / 4, "the last line's finding sits at the bottom");
        const int y = findingRow + 2; // the track starts two pixels down
        QVERIFY(strip->bucketAt(y).findings >= 1);
        QCOMPARE(strip->bucketAt(y).annotations, 0);
        QCOMPARE(strip->bucketAt(y).findingColour.isValid(), true);
        // Nothing at the top but the title: no marks there.
        QCOMPARE(strip->bucketAt(2).findings + strip->bucketAt(2).annotations, 0);

        // Tagging a word near the top adds an annotation mark there; undo
        // takes it away.
        const qint64 start = s.article().text.indexOf(QStringLiteral("président"));
        QVERIFY(s.tag(start, start + 9, 1).ok());
        const int tagY = strip->rowOf(start) + 2;
        QCOMPARE(strip->bucketAt(tagY).annotations, 1);
        s.annotator().undoStack()->undo();
        QCOMPARE(strip->bucketAt(tagY).annotations, 0);

        // A click on the finding's mark goes to its text: the caret lands
        // within the text that row covers, and the view scrolls there.
        ArticleView *view = window.articleView();
        view->selectSpan(0, 0);
        view->ensureCursorVisible();
        QSignalSpy requested(strip, &HeatStrip::positionRequested);
        QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, y));
        QCOMPARE(requested.size(), 1);
        const qint64 landed = view->caretPosition();
        QCOMPARE(landed, requested.at(0).at(0).toLongLong());
        QCOMPARE(strip->rowOf(landed), findingRow);
        QVERIFY(view->verticalScrollBar()->value() > 0);
    }
};

QTEST_MAIN(TestHeatStrip)
#include "tst_heatstrip.moc"
