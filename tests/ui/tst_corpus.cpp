// The corpus in the real window (offscreen): a folder of articles imported
// with progress, listed with their counts and status, searched across
// texts and tags, walked with Ctrl+PgDown, and a status set and undone.

#include "annotator.h"
#include "articlespanel.h"
#include "articleview.h"
#include "claimeditor.h"
#include "mainwindow.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace Marginalia;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QList<int> visibleRows(Ui::ArticlesPanel *panel)
{
    QList<int> rows;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (!panel->view()->isRowHidden(r, {}))
            rows << r;
    }
    return rows;
}

int rowOf(Ui::ArticlesPanel *panel, qint64 articleId)
{
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (panel->model()->index(r, 0).data(Ui::ArticlesPanel::ArticleIdRole).toLongLong() == articleId)
            return r;
    }
    return -1;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A layout saved by an earlier run must not change this one.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                      + QStringLiteral("/window.ini"));
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/more")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/a.txt"),
                          "Kyiv reçoit Rutte\n\nLe secrétaire général est arrivé à Kyiv ce jeudi.\n\nfr-11\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/b.md"),
                          "# Bruxelles\n\nLes ministres se sont réunis à Bruxelles.\n\nfr-12\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/more/c.html"),
                          "<html><head><title>Paris</title></head><body><h1>Paris</h1><p>Le président a parlé "
                          "à Paris de Kyiv.</p><p>fr-13</p></body></html>"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/notes.pdf"), "not an article"));
    }

    void aFolderIsImportedListedSearchedAndWalked()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("corpus.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        Ui::MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ArticlesPanel *panel = window.articlesPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QStringList files = Session::articleFilesIn(m_folder);
        QCOMPARE(files.size(), 3); // .txt, .md, .html in subfolders too; not the .pdf
        window.importFiles(files);
        QCOMPARE(panel->model()->rowCount(), 3);
        QVERIFY(s.hasArticle());
        QCOMPARE(s.article().documentId, QStringLiteral("fr-11"));
        // Importing again changes nothing.
        window.importFiles(files);
        QCOMPARE(panel->model()->rowCount(), 3);

        // Search: the text of two articles names Kyiv.
        QTest::keyClicks(panel->searchBox(), QStringLiteral("kyiv"));
        QTest::keyClick(panel->searchBox(), Qt::Key_Return);
        QCOMPARE(visibleRows(panel).size(), 2);
        QVERIFY(panel->view()->isRowHidden(rowOf(panel, 2), {})); // Bruxelles
        // An entity name is found too, though the text never says it.
        const qint64 brussels = s.article().text.indexOf(QStringLiteral("secrétaire"));
        auto mention = s.tag(brussels, brussels + 10, 1);
        QVERIFY(mention.ok());
        QVERIFY(s.annotator().createEntity({0, QStringLiteral("Mark Rutte"), 1, {}, {}, {}, {}, {}}, {*mention}).ok());
        panel->searchBox()->clear();
        QTest::keyClicks(panel->searchBox(), QStringLiteral("Mark Rutte"));
        panel->search();
        QCOMPARE(visibleRows(panel), QList<int>({0}));
        QCOMPARE(panel->model()->index(0, Ui::ArticlesPanel::HitsColumn).data().toInt(), 1);
        panel->searchBox()->clear();
        panel->search();
        QCOMPARE(visibleRows(panel).size(), 3);
        // The count follows the tag.
        QCOMPARE(panel->model()->index(0, Ui::ArticlesPanel::AnnotationsColumn).data().toInt(), 1);

        // Enter on a row opens its article.
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->model()->index(2, 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QCOMPARE(s.article().documentId, QStringLiteral("fr-13"));
        // Ctrl+PgDown walks on, wrapping; Ctrl+PgUp back.
        window.articleView()->setFocus();
        QTest::keyClick(window.articleView(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(s.article().documentId, QStringLiteral("fr-11"));
        QTest::keyClick(window.articleView(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(s.article().documentId, QStringLiteral("fr-13"));

        // Status from the combo box, undone with the rest.
        panel->view()->setCurrentIndex(panel->model()->index(1, 0));
        QComboBox *status = panel->statusBox();
        status->setFocus();
        QTest::keyClick(status, Qt::Key_End); // "Done"
        const qint64 second = panel->model()->index(1, 0).data(Ui::ArticlesPanel::ArticleIdRole).toLongLong();
        QCOMPARE(s.store().article(second)->status, ArticleStatus::Done);
        QCOMPARE(panel->model()->index(1, Ui::ArticlesPanel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
                 Ui::ArticlesPanel::statusName(ArticleStatus::Done));
        QCOMPARE(panel->model()->index(1, Ui::ArticlesPanel::StatusColumn).data().toString(), QStringLiteral("●"));
        s.annotator().undoStack()->undo();
        QCOMPARE(s.store().article(second)->status, ArticleStatus::ToDo);
        QCOMPARE(panel->model()->index(1, Ui::ArticlesPanel::StatusColumn).data(Qt::AccessibleTextRole).toString(),
                 Ui::ArticlesPanel::statusName(ArticleStatus::ToDo));
    }

    // Enter in the article opens the editor of the claim under the caret.
    // Check ▸ Check All Articles runs in the background: a progress bar and
    // Cancel in the status bar, the window answering meanwhile, and every
    // article's open findings in the Issues column (kept in the project).
    void checkingEveryArticleFillsTheIssuesColumn()
    {
        const QString path = m_dir.filePath(QStringLiteral("check-all.marginalia"));
        QHash<QString, int> issues; // by document id
        {
            auto session = Session::open(path);
            QVERIFY(session.ok());
            Session &s = **session;
            Ui::MainWindow window(s);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.importFiles(Session::articleFilesIn(m_folder));
            QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"),
                                m_dir.filePath(QStringLiteral("fr-07.txt"))));
            window.importFiles({m_dir.filePath(QStringLiteral("fr-07.txt"))});
            Ui::ArticlesPanel *panel = window.articlesPanel();
            QCOMPARE(panel->model()->rowCount(), 4);

            auto *action = window.findChild<QAction *>(QStringLiteral("checkAllArticles"));
            QVERIFY(action);
            action->trigger();
            QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("corpusCheckProgress")));
            QVERIFY(window.findChild<QToolButton *>(QStringLiteral("corpusCheckCancel")));
            // The event loop runs while it checks (QTRY spins it): the bar
            // and the button go when it is done.
            QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QProgressBar *>(QStringLiteral("corpusCheckProgress")), 60000);
            QTRY_VERIFY(!window.findChild<QToolButton *>(QStringLiteral("corpusCheckCancel")));
            QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("4 article(s) checked")));
            for (int r = 0; r < panel->model()->rowCount(); ++r) {
                const QModelIndex cell = panel->model()->index(r, Ui::ArticlesPanel::IssuesColumn);
                QVERIFY2(cell.data().isValid(), "every article has a count");
                issues.insert(panel->model()->index(r, Ui::ArticlesPanel::DocumentColumn).data().toString(),
                              cell.data().toInt());
            }
            // fr-07 has merged words (OTANet, euxdénonçant); fr-12 is clean.
            QVERIFY(issues.value(QStringLiteral("fr-07")) >= 2);
            QCOMPARE(issues.value(QStringLiteral("fr-12")), 0);

            // Ignoring a finding in the article shown lowers its count at once.
            QVERIFY(
                s.showArticle(panel->model()->index(3, 0).data(Ui::ArticlesPanel::ArticleIdRole).toLongLong()).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!s.findings().isEmpty(), 30000);
            const int before = int(s.findings().size());
            QVERIFY(s.ignoreFinding(s.findings().constFirst()).ok());
            QTRY_COMPARE(panel->model()->index(3, Ui::ArticlesPanel::IssuesColumn).data().toInt(), before - 1);
        }
        // Kept in the project: the next window shows them before any check.
        auto again = Session::open(path);
        QVERIFY(again.ok());
        Ui::MainWindow window(**again);
        const QAbstractItemModel *model = window.articlesPanel()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, Ui::ArticlesPanel::IssuesColumn).data().isValid());
    }

    void checkingCanBeCancelled()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("check-cancel.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        Ui::MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.importFiles(Session::articleFilesIn(m_folder));
        window.checkAllArticles();
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("corpusCheckCancel"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QProgressBar *>(QStringLiteral("corpusCheckProgress")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("stopped")));
        // Nothing was counted for the articles not reached; a new run works.
        window.checkAllArticles();
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QProgressBar *>(QStringLiteral("corpusCheckProgress")), 60000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("3 article(s) checked")));
    }

    void enterEditsTheClaimAtTheCaret()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("enter.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_folder + QStringLiteral("/a.txt")).ok());
        Ui::MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = s.article().text;
        const qint64 start = text.indexOf(QStringLiteral("Le secrétaire"));
        const auto claim = std::find_if(s.labels().cbegin(), s.labels().cend(),
                                        [](const Label &l) { return l.kind == LabelKind::Claim; });
        QVERIFY(claim != s.labels().cend());
        QVERIFY(s.tag(start, start + 20, claim->id).ok());
        Ui::ArticleView *view = window.articleView();
        view->setFocus();
        view->selectSpan(start + 3, start + 3);
        QTest::keyClick(view, Qt::Key_Return);
        Ui::ClaimEditor *editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<Ui::ClaimEditor *>()) && editor->isVisible());
        editor->reject();
        // Elsewhere, Enter says what it would do.
        view->selectSpan(0, 0);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!window.findChild<Ui::ClaimEditor *>() || !window.findChild<Ui::ClaimEditor *>()->isVisible());
    }

    // Files dropped on the window are imported; each article reopens where
    // the reader left it; the panels come back as they were left.
    void dropsPositionsAndLayoutAreKept()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("layout.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        qint64 first = 0;
        {
            Ui::MainWindow window(s);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(m_folder)});
            QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            QCOMPARE(window.articlesPanel()->model()->rowCount(), 3);
            first = s.article().id;
            window.articleView()->selectSpan(30, 30);
            QVERIFY(s.showAdjacentArticle(true).ok());
            QVERIFY(s.article().id != first);
            QCOMPARE(window.articleView()->caretPosition(), 0);
            QVERIFY(s.showArticle(first).ok());
            QCOMPARE(window.articleView()->caretPosition(), 30);
            window.articleView()->selectSpan(12, 12);
            window.findChild<QDockWidget *>(QStringLiteral("articlesDock"))->hide();
            window.close(); // saves the layout and the position
        }
        Ui::MainWindow again(s);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("articlesDock"))->isVisible());
        QCOMPARE(s.article().id, first);
        QCOMPARE(again.articleView()->caretPosition(), 12);
    }
};

QTEST_MAIN(TestCorpus)
#include "tst_corpus.moc"
