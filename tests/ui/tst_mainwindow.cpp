// The real window on the offscreen platform: open an article, see it
// checked, select a passage, press 1, and find the tag in the project file.

#include "articleview.h"
#include "findingcard.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "layerhighlighter.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Marginalia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void tagBySelectionAndKeyIsPersisted()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("window.marginalia"));
        const QString fixture = QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt");
        qint64 articleId = 0;
        qint64 parisStart = 0;
        {
            auto session = Session::open(projectPath);
            QVERIFY2(session.ok(), qPrintable(session.error()));
            auto id = (*session)->openArticleFile(fixture);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            articleId = *id;

            Ui::MainWindow window(**session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            Ui::ArticleView *view = window.articleView();

            // The body is shown, the id line is not.
            QVERIFY(view->toPlainText().endsWith(QStringLiteral("de l’OTAN.")));
            // Findings arrive from the worker thread and are painted.
            QTRY_COMPARE_WITH_TIMEOUT((*session)->findings().size(), 2, 30000);

            const QString text = (*session)->article().text;
            parisStart = text.left(text.indexOf(QStringLiteral("Paris"))).toUcs4().size();
            view->setFocus();
            view->selectSpan(parisStart, parisStart + 5);
            QTest::keyClick(view, Qt::Key_3); // Location
            QCOMPARE((*session)->annotations().size(), 1);
            QCOMPARE((*session)->annotations().first().quote, QStringLiteral("Paris"));
            // The hover text names the tag.
            QVERIFY(view->describe(parisStart + 1).contains(QStringLiteral("Location")));

            // Without a selection a key press tags nothing.
            QTest::keyClick(view, Qt::Key_1);
            QCOMPARE((*session)->annotations().size(), 1);

            // Ctrl+Z removes it from the file, Ctrl+Shift+Z puts it back.
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE((*session)->annotations().size(), 0);
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE((*session)->annotations().size(), 1);
        }
        // A second process would see it: reopen the file from scratch.
        auto store = ProjectStore::open(projectPath);
        QVERIFY(store.ok());
        auto annotations = (*store)->annotations(articleId);
        QVERIFY(annotations.ok());
        QCOMPARE(annotations->size(), 1);
        QCOMPARE(annotations->first().quote, QStringLiteral("Paris"));
        QCOMPARE(annotations->first().start, parisStart);
        auto labels = (*store)->labels();
        QVERIFY(labels.ok());
        QCOMPARE(labels->at(2).id, annotations->first().labelId);
        QCOMPARE(labels->at(2).name, QStringLiteral("Location"));
    }

    void findingsAreUnderlinedInTheView()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("underline.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT((*session)->findings().size(), 2, 30000);
        // The layout of the block holding "OTANet" carries a wave underline there.
        Ui::ArticleView *view = window.articleView();
        QTRY_VERIFY(view->highlighter()->isUpToDate());
        const QString shown = view->toPlainText();
        const int at = int(shown.indexOf(QStringLiteral("OTANet")));
        const QTextBlock block = view->document()->findBlock(at);
        bool underlined = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= at - block.position() && range.start + range.length >= at - block.position() + 6
                && range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                underlined = true;
        }
        QVERIFY(underlined);
    }

    void f8StepsThroughFindingsAndSelectsThem()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("f8.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.findingsPanel()->model()->rowCount(), 2, 30000);
        QAbstractItemModelTester tester(window.findingsPanel()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("OTANet"));
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("euxdénonçant"));
        QTest::keyClick(view, Qt::Key_F8); // wraps around
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("OTANet"));
        QTest::keyClick(view, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("euxdénonçant"));
    }

    // The keyboard way to a finding's card: F8 to the finding, Ctrl+. to
    // open the card, a button to act. Ignoring removes the finding.
    void findingCardActsOnTheFindingAtTheCaret()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("card.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT((*session)->findings().size(), 2, 30000);
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("OTANet"));
        QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);

        Ui::FindingCard *card = window.findingCard();
        QTRY_VERIFY(card->isVisible());
        const QStringList actions = card->actionTexts();
        QVERIFY2(actions.contains(QStringLiteral("Copy “OTAN et”")), qPrintable(actions.join(u'|')));
        QVERIFY2(actions.contains(QStringLiteral("Ignore")), qPrintable(actions.join(u'|')));
        // The card sits next to the finding, not somewhere else on screen.
        const QRect word = view->spanRect(view->textCursor().selectionStart(), view->textCursor().selectionEnd());
        QVERIFY(std::abs(card->geometry().top() - word.bottom()) < 40 || card->geometry().bottom() <= word.top());

        QPushButton *ignore = nullptr;
        for (QPushButton *b : card->findChildren<QPushButton *>()) {
            if (b->text() == u"Ignore")
                ignore = b;
        }
        QVERIFY(ignore);
        QTest::mouseClick(ignore, Qt::LeftButton);
        QTRY_VERIFY(!card->isVisible());
        QTRY_COMPARE((*session)->findings().size(), 1);
        QCOMPARE((*session)->findings().constFirst().text, QStringLiteral("euxdénonçant"));

        // All by keyboard: F8, Ctrl+., Tab twice to "Ignore", Enter.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F8);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("euxdénonçant"));
        QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY(card->isVisible());
        // Through the popup's window, as the keyboard delivers them: Copy,
        // Accept as MT Error, Ignore.
        QTest::keyClick(card->windowHandle(), Qt::Key_Tab);
        QTest::keyClick(card->windowHandle(), Qt::Key_Tab);
        auto *focused = qobject_cast<QPushButton *>(card->focusWidget());
        QVERIFY(focused);
        QCOMPARE(focused->text(), QStringLiteral("Ignore"));
        QTest::keyClick(card->windowHandle(), Qt::Key_Return);
        QTRY_COMPARE((*session)->findings().size(), 0);

        // Nothing under the caret: no card, a hint in the status bar.
        view->selectSpan(0, 0);
        QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
        QVERIFY(!card->isVisible());
    }

    // Accepting a finding from its card records an MT error annotation on
    // disk and takes the finding out of the list; Ctrl+Z brings it back.
    void acceptingAFindingRecordsAnMtError()
    {
        const QString path = m_dir.filePath(QStringLiteral("accept.marginalia"));
        auto session = Session::open(path);
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT((*session)->findings().size(), 2, 30000);
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F8);
        QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
        Ui::FindingCard *card = window.findingCard();
        QTRY_VERIFY(card->isVisible());
        QPushButton *accept = nullptr;
        for (QPushButton *b : card->findChildren<QPushButton *>()) {
            if (b->text() == u"Accept as MT Error")
                accept = b;
        }
        QVERIFY(accept);
        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE((*session)->findings().size(), 1);
        QCOMPARE((*session)->annotations().size(), 1);
        const Annotation error = (*session)->annotations().constFirst();
        QCOMPARE(error.quote, QStringLiteral("OTANet"));
        QVERIFY(error.mtError.has_value());
        QCOMPARE(error.mtError->category, QStringLiteral("Fluency/Spelling"));
        QCOMPARE(error.mtError->correction, QStringLiteral("OTAN et"));
        {
            // On disk, through a second connection.
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            QCOMPARE((*store)->findingStatuses((*session)->article().id)->size(), 1);
        }
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE((*session)->findings().size(), 2);
        QVERIFY((*session)->annotations().isEmpty());
    }

    // The project file stops taking writes: one non-modal message (not one
    // per key press), tagging goes on, the status bar offers Save
    // Elsewhere; saving elsewhere through the dialog writes every waiting tag.
    void aFileThatRefusesWritesOffersSaveElsewhere()
    {
        const QString path = m_dir.filePath(QStringLiteral("refuses.marginalia"));
        const QString rescued = m_dir.filePath(QStringLiteral("rescued/by-dialog.marginalia"));
        QVERIFY(QDir().mkpath(QFileInfo(rescued).absolutePath()));
        auto session = Session::open(path);
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *saveElsewhere = window.findChild<QToolButton *>(QStringLiteral("saveElsewhere"));
        QVERIFY(saveElsewhere);
        QVERIFY(saveElsewhere->isHidden());

        QVERIFY(s.store().setQueryOnly(true).ok());
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        view->selectSpan(0, 2);
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE(s.pendingEdits(), 1);
        auto problems = [&window] {
            int shown = 0;
            for (QMessageBox *box : window.findChildren<QMessageBox *>(QStringLiteral("writeProblem")))
                shown += box->isVisible() ? 1 : 0;
            return shown;
        };
        QTRY_COMPARE(problems(), 1);
        QVERIFY(saveElsewhere->isVisible());
        QVERIFY(!QApplication::activeModalWidget()); // the window still takes keys
        view->setFocus();
        view->selectSpan(3, 10);
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(s.pendingEdits(), 2);
        QCOMPARE(s.annotator().retryPending(), 2);
        QCOMPARE(problems(), 1); // told once

        // The button opens a file dialog; the user types a name and saves.
        bool dialogSeen = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name || !name->isVisible())
                return;
            poll.stop();
            dialogSeen = true;
            name->selectAll();
            QTest::keyClicks(name, rescued);
            QTest::keyClick(name, Qt::Key_Return);
        });
        poll.start();
        QTest::mouseClick(saveElsewhere, Qt::LeftButton);
        QVERIFY(dialogSeen);
        QCOMPARE(s.store().path(), rescued);
        QCOMPARE(s.pendingEdits(), 0);
        QCOMPARE(s.annotations().size(), 2);
        QTRY_VERIFY(saveElsewhere->isHidden());
        QTRY_COMPARE(problems(), 0);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(s.annotations().size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
