// The real window on the offscreen platform: open an article, see it
// checked, select a passage, press 1, and find the tag in the project file.

#include "articlespanel.h"
#include "articleview.h"
#include "exchange/exchange.h"
#include "exportdialog.h"
#include "findingcard.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "labelschemaeditor.h"
#include "labelschemamodel.h"
#include "layerhighlighter.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "projectstore.h"
#include "session.h"
#include "shortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Marginalia;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTimer m_watchdog;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // No test here expects a modal message box: one would wait for a
        // click forever. Say what it said and close it, so that the test
        // fails on its next check instead of hanging the suite.
        m_watchdog.setInterval(2000);
        connect(&m_watchdog, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                qWarning("Unexpected modal message box: %s — %s", qPrintable(box->windowTitle()),
                         qPrintable(box->text()));
                box->done(QMessageBox::Cancel);
            }
        });
        m_watchdog.start();
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
            // The name typed, then accepted as Save does. (Typing a whole
            // path and pressing Return raced the dialog's completer under
            // load: its popup took the Return and the dialog stayed open.)
            name->selectAll();
            QTest::keyClicks(name, QFileInfo(rescued).fileName());
            dialog->setDirectory(QFileInfo(rescued).absolutePath());
            dialog->selectFile(rescued);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
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

    // Selecting like a person: a double click on a name after an elided
    // article tags the name alone; Shift+arrows select exactly, without the
    // mouse; Ctrl held while selecting with the mouse keeps it exact.
    void selectionsSnapOrStayExactAsTheyWereMade()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("select.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ArticleView *view = window.articleView();
        const QString text = s.article().text;
        const qint64 otan = text.left(text.lastIndexOf(QStringLiteral("OTAN."))).toUcs4().size();

        // Double click in the middle of "OTAN" in "l’OTAN.".
        const QRect rect = view->spanRect(otan + 1, otan + 2);
        const QPoint inViewport = view->viewport()->mapFromGlobal(rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, inViewport);
        QVERIFY(view->textCursor().selectedText().contains(QStringLiteral("OTAN")));
        QTest::keyClick(view, Qt::Key_2); // Organisation
        QCOMPARE(s.annotations().size(), 1);
        QCOMPARE(s.annotations().first().quote, QStringLiteral("OTAN"));

        // Keyboard only: from the start of the second paragraph, Shift+Ctrl+Right
        // twice selects "Ils ont " and Shift+Left twice gives back "t ".
        view->setFocus();
        const qint64 ils = text.left(text.indexOf(QStringLiteral("Ils"))).toUcs4().size();
        view->selectSpan(ils, ils);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier | Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier); // "Ils on": exact, not widened to "ont"
        QTest::keyClick(view, Qt::Key_9); // Highlight
        QCOMPARE(s.annotations().size(), 2);
        QCOMPARE(s.annotations().first().quote, QStringLiteral("Ils on")); // in reading order

        // Mouse with Ctrl held: exact characters, even inside a word.
        const QRect from = view->spanRect(ils + 5, ils + 6);
        const QRect to = view->spanRect(ils + 8, ils + 9);
        const QPoint a = view->viewport()->mapFromGlobal(from.topLeft() + QPoint(1, from.height() / 2));
        const QPoint b = view->viewport()->mapFromGlobal(to.topLeft() + QPoint(1, to.height() / 2));
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ControlModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                         Qt::ControlModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ControlModifier, b);
        QCOMPARE(view->selectedSpan()->start, ils + 5);
        QCOMPARE(view->selectedSpan()->end, ils + 8);
        // The same drag without Ctrl snaps to the words it touches.
        view->selectSpan(0, 0);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QMouseEvent plainMove(QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &plainMove);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        QVERIFY(view->selectedSpan().has_value());
        QCOMPARE(view->selectedSpan()->start, ils + 4);
        QCOMPARE(view->selectedSpan()->end, ils + 7); // "nt " becomes "ont"
    }

    // F1: the cheat sheet lists every menu action that has a key, with that
    // key, and its filter finds a key.
    // File ▸ Open Recent: what was opened comes back first, numbered; a
    // file that has gone is taken off the list with a message, not an
    // error box; Clear List empties it.
    void recentFilesComeBackAndForgetWhatIsGone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto session = Session::open(dir.filePath(QStringLiteral("recent.marginalia")));
        QVERIFY(session.ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        // Start from an empty list.
        for (QAction *a : recent->actions()) {
            if (a->text() == u"&Clear List")
                a->trigger();
        }
        QVERIFY(Ui::MainWindow::recentPaths().isEmpty());

        const QString first = dir.filePath(QStringLiteral("fr-07.txt"));
        const QString second = dir.filePath(QStringLiteral("fr-08.txt"));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"), first));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/fr-clean.txt"), second));
        QVERIFY(window.openPath(first));
        QVERIFY(window.openPath(second));
        QVERIFY(window.openPath(first)); // again: moves to the top, not listed twice
        QCOMPARE(Ui::MainWindow::recentPaths(), (QStringList{first, second}));
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("&1 fr-07.txt  (%1)").arg(QDir(dir.path()).dirName()));
        QCOMPARE(recent->actions().at(1)->toolTip(), QDir::toNativeSeparators(second));

        // Choosing the other one opens it.
        recent->actions().at(1)->trigger();
        QCOMPARE((*session)->article().sourcePath, second);
        QCOMPARE(Ui::MainWindow::recentPaths().constFirst(), second);

        // Gone: a message, off the list, the article shown stays.
        QVERIFY(QFile::remove(first));
        Q_EMIT recent->aboutToShow();
        recent->actions().at(1)->trigger();
        QCOMPARE(Ui::MainWindow::recentPaths(), QStringList{second});
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not there any more")));
        QCOMPARE((*session)->article().sourcePath, second);

        Q_EMIT recent->aboutToShow();
        for (QAction *a : recent->actions()) {
            if (a->text() == u"&Clear List")
                a->trigger();
        }
        QVERIFY(Ui::MainWindow::recentPaths().isEmpty());
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 1);
        QVERIFY(!recent->actions().constFirst()->isEnabled());
    }

    // Keyboard-only selection by sentence: Alt+Shift+S takes the sentence
    // at the caret, Alt+Shift+Right/Left extend it a sentence at a time;
    // what gets tagged is exactly that text.
    void sentencesAreSelectedByKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fr-77.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "Une déclaration\n\nLe ministre a parlé. « Nous resterons », a-t-il dit. Puis il est parti.\n\nfr-77\n");
        f.close();
        auto session = Session::open(dir.filePath(QStringLiteral("sentences.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(path).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        const QString text = (*session)->article().text;
        auto selected = [view, &text] {
            const auto span = view->selectedSpan(Ui::ArticleView::SelectionMode::Exact);
            return span ? text.mid(span->start, span->end - span->start) : QString(); // no astral characters here
        };
        const qint64 nous = text.indexOf(QStringLiteral("Nous"));
        view->selectSpan(nous + 1, nous + 1);
        QTest::keyClick(view, Qt::Key_S, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(selected(), QStringLiteral("« Nous resterons », a-t-il dit."));
        QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(selected(), QStringLiteral("« Nous resterons », a-t-il dit. Puis il est parti."));
        // From a caret, Left takes the sentence back to its start.
        const qint64 parti = text.indexOf(QStringLiteral("parti"));
        view->selectSpan(parti, parti);
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(selected(), QStringLiteral("Puis il est "));
        QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(selected(), QStringLiteral("« Nous resterons », a-t-il dit. Puis il est "));
        // And it is what a claim tag covers.
        view->selectSpan(nous + 1, nous + 1);
        QTest::keyClick(view, Qt::Key_S, Qt::AltModifier | Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_4); // Claim
        QCOMPARE((*session)->annotations().size(), 1);
        QCOMPARE((*session)->annotations().constFirst().quote, QStringLiteral("« Nous resterons », a-t-il dit."));
    }

    // Every control the keyboard can reach says what it is to a screen
    // reader: Qt's accessibility layer answers with a name (its own, its
    // text, or its buddy label's), for every panel of the window.
    void everyControlHasAnAccessibleName()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("a11y.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        QStringList unnamed;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            // Popups (a combo's list, menus) are Qt's own windows, named by Qt.
            if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || w->window() != &window)
                continue;
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
                continue; // the view itself is the control
            if (w->inherits("QScrollBar") || w->inherits("QDockWidgetTitleButton") || w->inherits("QTabBar"))
                continue; // Qt's own parts, named by Qt
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            ++checked;
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        QVERIFY(checked >= 15);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    // The label editor in the Preferences reaches the window at once: a
    // renamed label is in the Tag menu, a key moved tags with its new label,
    // and Ctrl+Z in the article undoes the schema change like any other.
    void labelEditsReachTheTagMenuAndKeys()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("schema.marginalia")));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ArticleView *view = window.articleView();

        auto tagAction = [&window](const QString &name) {
            return window.findChild<QAction *>(QStringLiteral("tag-") + name);
        };
        QVERIFY(tagAction(QStringLiteral("location")));
        QCOMPARE(tagAction(QStringLiteral("location"))->shortcut(), QKeySequence(QStringLiteral("3")));

        // Tag ▸ Edit Labels opens the Preferences on the label editor.
        QAction *editLabels = window.findChild<QAction *>(QStringLiteral("editLabels"));
        QVERIFY(editLabels);
        editLabels->trigger();
        Ui::PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::PreferencesDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->currentPage(), Ui::PreferencesDialog::Page::Labels);
        auto *editor = dialog->findChild<Ui::LabelSchemaEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        Ui::LabelSchemaModel *model = editor->model();

        // Rename Location to Place: the menu follows.
        const int location = model->rowOf((*session)->labels().at(2).id);
        QCOMPARE(model->labels().at(location).name, QStringLiteral("Location"));
        QVERIFY(model->setData(model->index(location, Ui::LabelSchemaModel::NameColumn), QStringLiteral("Place")));
        QTRY_VERIFY(!tagAction(QStringLiteral("location")));
        QVERIFY(tagAction(QStringLiteral("place")));
        QCOMPARE(tagAction(QStringLiteral("place"))->text(), QStringLiteral("Tag as Place"));

        // Key 3 moves to Date: pressing it tags a Date.
        qint64 dateId = 0;
        for (const Label &l : (*session)->labels())
            dateId = l.name == QLatin1String("Date") ? l.id : dateId;
        QVERIFY(dateId != 0);
        QVERIFY(model->setData(model->index(model->rowOf(dateId), Ui::LabelSchemaModel::HotkeyColumn),
                               QStringLiteral("3")));
        QCOMPARE(tagAction(QStringLiteral("date"))->shortcut(), QKeySequence(QStringLiteral("3")));
        QVERIFY(tagAction(QStringLiteral("place"))->shortcut().isEmpty());

        dialog->close();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        const QString text = (*session)->article().text;
        const qint64 paris = text.left(text.indexOf(QStringLiteral("Paris"))).toUcs4().size();
        view->selectSpan(paris, paris + 5);
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE((*session)->annotations().size(), 1);
        QCOMPARE((*session)->annotations().first().labelId, dateId);

        // Undo the tag, then the key change: 3 is Place's again.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE((*session)->annotations().size(), 0);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(tagAction(QStringLiteral("place"))->shortcut(), QKeySequence(QStringLiteral("3")));
        view->selectSpan(paris, paris + 5);
        QTest::keyClick(view, Qt::Key_3);
        QCOMPARE((*session)->annotations().size(), 1);
        QCOMPARE((*session)->annotations().first().labelId, (*session)->labels().at(2).id);
        QCOMPARE((*session)->labels().at(2).name, QStringLiteral("Place"));
    }

    // Ctrl+= / Ctrl+- / Ctrl+0 and Ctrl+wheel size the text; the size is
    // kept for the next window.
    void theTextZoomsByKeysAndWheelAndIsKept()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("zoom.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        qreal normal = 0;
        {
            Ui::MainWindow window(**session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            Ui::ArticleView *view = window.articleView();
            view->setFocus();
            QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(view->zoom(), 100);
            normal = view->font().pointSizeF();
            const int lineHeight = view->cursorRect().height();

            QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(view->zoom(), 120);
            QCOMPARE(view->font().pointSizeF(), normal * 1.2);
            QVERIFY(view->cursorRect().height() > lineHeight); // laid out again
            QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(view->zoom(), 110);

            // Ctrl+wheel: one notch up, one step.
            QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                              Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &wheel);
            QCOMPARE(view->zoom(), 120);
            // Never below the floor.
            for (int i = 0; i < 20; ++i)
                QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(view->zoom(), Ui::ArticleView::MinZoom);
            for (int i = 0; i < 8; ++i)
                QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(view->zoom(), 130);
        }
        Ui::MainWindow again(**session);
        QCOMPARE(again.articleView()->zoom(), 130);
        again.articleView()->setFocus();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClick(again.articleView(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(again.articleView()->zoom(), 100);
        QCOMPARE(again.articleView()->font().pointSizeF(), normal);
    }

    // File ▸ Export: the preview is what the exporter writes, and follows
    // the format and the labels chosen; Export writes the file; the HTML
    // report prints to a PDF.
    void exportDialogPreviewsAndWrites()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("export.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        const QString text = (*session)->article().text;
        const qint64 paris = text.left(text.indexOf(QStringLiteral("Paris"))).toUcs4().size();
        QVERIFY((*session)->tag(paris, paris + 5, (*session)->labels().at(2).id).ok()); // Location
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *exportAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text().remove(u'&').startsWith(QStringLiteral("Export Annotations")))
                exportAction = a;
        }
        QVERIFY(exportAction);
        exportAction->trigger();
        Ui::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::ExportDialog *>()) && dialog->isVisible());

        dialog->setFormat(Exchange::Format::Csv);
        QTRY_VERIFY(dialog->preview()->toPlainText().startsWith(QStringLiteral("document,article_sha256,")));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral(",Location,entity,81,86,Paris,")));
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("1 annotation")));
        // Without the Location label: nothing of Paris.
        for (int i = 0; i < dialog->labels()->count(); ++i) {
            if (dialog->labels()->item(i)->text() == u"Location")
                dialog->labels()->item(i)->setCheckState(Qt::Unchecked);
        }
        QTRY_VERIFY(!dialog->preview()->toPlainText().contains(QStringLiteral("Paris")));
        QVERIFY(dialog->preview()->toPlainText().startsWith(QStringLiteral("document,")));
        for (int i = 0; i < dialog->labels()->count(); ++i)
            dialog->labels()->item(i)->setCheckState(Qt::Checked);

        // JSON-LD is written on one line: the preview shows it indented.
        dialog->setFormat(Exchange::Format::W3c);
        QTRY_VERIFY(dialog->preview()->toPlainText().startsWith(u'{'));
        QVERIFY(dialog->preview()->toPlainText().count(u'\n') > 20);
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("\"exact\": \"Paris\"")));
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("indented")));

        dialog->setFormat(Exchange::Format::Html);
        QTRY_VERIFY(dialog->preview()->toPlainText().startsWith(QStringLiteral("<!DOCTYPE html>")));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(dialog->exportTo(html));
        QVERIFY(QFileInfo(html).size() > 1000);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(dialog->printPdf(pdf));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        dialog->close();
    }

    // File ▸ Import Annotations: another project's JSON Lines come in, and
    // the corpus list shows the new article at once.
    void importedAnnotationsAppearInTheWindow()
    {
        const QString jsonl = m_dir.filePath(QStringLiteral("other.jsonl"));
        {
            auto other = Session::open(m_dir.filePath(QStringLiteral("other.marginalia")));
            QVERIFY(other.ok());
            QVERIFY((*other)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
            const QString text = (*other)->article().text;
            const qint64 paris = text.left(text.indexOf(QStringLiteral("Paris"))).toUcs4().size();
            QVERIFY((*other)->tag(paris, paris + 5, (*other)->labels().at(2).id).ok());
            QVERIFY(Exchange::exportProject((*other)->store(), Exchange::Format::Jsonl, {}, jsonl).ok());
        }
        auto session = Session::open(m_dir.filePath(QStringLiteral("import.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-clean.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.articlesPanel()->model()->rowCount(), 1);
        QVERIFY(window.importAnnotations({jsonl}, Exchange::Format::Jsonl));
        QTRY_COMPARE(window.articlesPanel()->model()->rowCount(), 2);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Imported 1 annotation")));
        auto all = (*session)->store().allAnnotations();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().quote, QStringLiteral("Paris"));
    }

    void f1ShowsEveryShortcut()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("keys.marginalia")));
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        Ui::MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.articleView()->setFocus();
        QTest::keyClick(window.articleView(), Qt::Key_F1);
        Ui::ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::ShortcutsDialog *>()) && dialog->isVisible());
        QHash<QString, QString> listed;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
            for (int j = 0; j < dialog->table()->topLevelItem(i)->childCount(); ++j) {
                const QTreeWidgetItem *item = dialog->table()->topLevelItem(i)->child(j);
                listed.insert(item->text(0), item->text(1));
            }
        }
        int withKeys = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            const QList<QObject *> placed = action->associatedObjects();
            const bool inMenu = std::any_of(placed.cbegin(), placed.cend(),
                                            [](QObject *o) { return qobject_cast<QMenu *>(o) != nullptr; });
            if (action->shortcut().isEmpty() || !inMenu)
                continue;
            ++withKeys;
            const QString name = QString(action->text()).remove(QLatin1Char('&'));
            QVERIFY2(listed.contains(name), qPrintable(name));
            QVERIFY2(listed.value(name).contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(name));
        }
        QVERIFY(withKeys >= 15);
        QCOMPARE(listed.value(QStringLiteral("Tag as Person")), QStringLiteral("1"));
        QTest::keyClicks(dialog->filter(), QStringLiteral("F8"));
        int shown = 0;
        for (int i = 0; i < dialog->table()->topLevelItemCount(); ++i) {
            for (int j = 0; j < dialog->table()->topLevelItem(i)->childCount(); ++j)
                shown += dialog->table()->topLevelItem(i)->child(j)->isHidden() ? 0 : 1;
        }
        QCOMPARE(shown, 3); // Next Finding (F8), Previous Finding (Shift+F8), Check All Articles (Ctrl+Shift+F8)
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
