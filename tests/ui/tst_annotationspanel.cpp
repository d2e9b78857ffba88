// The Annotations panel in the real window (offscreen): listed in reading
// order, filtered, stepped through with Tab from the article, deleted with
// Del, and orphans (annotations whose text went away when the article
// changed) listed but not drawn, then placed by the user.

#include "annotationsmodel.h"
#include "annotationspanel.h"
#include "annotator.h"
#include "articleview.h"
#include "mainwindow.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Marginalia;

namespace {

qint64 codePointOf(const QString &text, const QString &needle, int from = 0)
{
    return text.left(text.indexOf(needle, from)).toUcs4().size();
}

QStringList shownQuotes(Ui::AnnotationsPanel *panel)
{
    QStringList quotes;
    QAbstractItemModel *model = panel->view()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        quotes << model->index(r, Ui::AnnotationsModel::TextColumn).data().toString();
    return quotes;
}

} // namespace

class TestAnnotationsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_text;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto session = Session::open(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        m_session = std::move(*session);
        QVERIFY(m_session->openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        m_text = m_session->article().text;
        // Tagged out of reading order on purpose.
        const qint64 paris = codePointOf(m_text, QStringLiteral("Paris"));
        const qint64 otan = codePointOf(m_text, QStringLiteral("OTAN."));
        const qint64 union_ = codePointOf(m_text, QStringLiteral("Union européenne"));
        QVERIFY(m_session->tag(paris, paris + 5, 3).ok()); // Location
        QVERIFY(m_session->tag(otan, otan + 4, 2).ok()); // Organisation
        QVERIFY(m_session->tag(union_, union_ + 16, 2).ok());
        m_window = std::make_unique<Ui::MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The panel's tab in front, as a user looking at it has it: a panel
        // behind another tab waits to be shown before it refreshes.
        m_window->findChild<QDockWidget *>(QStringLiteral("annotationsDock"))->raise();
        QTRY_VERIFY(!m_window->annotationsPanel()->visibleRegion().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void listsInReadingOrderAndFilters()
    {
        Ui::AnnotationsPanel *panel = m_window->annotationsPanel();
        QAbstractItemModelTester modelTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(panel->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownQuotes(panel),
                 QStringList({QStringLiteral("Union européenne"), QStringLiteral("Paris"), QStringLiteral("OTAN")}));
        // By label: the combo lists "All labels" and the schema.
        QComboBox *labels = panel->labelFilter();
        labels->setCurrentIndex(labels->findText(QStringLiteral("Organisation")));
        QCOMPARE(shownQuotes(panel), QStringList({QStringLiteral("Union européenne"), QStringLiteral("OTAN")}));
        // And by text, typed.
        panel->search()->setFocus();
        QTest::keyClicks(panel->search(), QStringLiteral("otan"));
        QCOMPARE(shownQuotes(panel), QStringList({QStringLiteral("OTAN")}));
        labels->setCurrentIndex(0);
        panel->search()->clear();
        QCOMPARE(shownQuotes(panel).size(), 3);
        // A new tag shows up at once, in its place.
        const qint64 ministre = codePointOf(m_text, QStringLiteral("ministre"));
        QVERIFY(m_session->tag(ministre, ministre + 8, 1).ok());
        QCOMPARE(shownQuotes(panel).first(), QStringLiteral("ministre"));
    }

    void tabStepsThroughTheAnnotations()
    {
        Ui::ArticleView *view = m_window->articleView();
        view->setFocus();
        view->selectSpan(0, 0);
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->selectedSpan(Ui::ArticleView::SelectionMode::Exact)->start,
                 codePointOf(m_text, QStringLiteral("Union européenne")));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Paris"));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("OTAN"));
        QTest::keyClick(view, Qt::Key_Tab); // wraps
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("Union européenne"));
        QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier); // back, wrapping
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("OTAN"));
        QVERIFY(view->hasFocus()); // Tab did not leave the article
        QCOMPARE(m_window->annotationsPanel()->currentAnnotation(),
                 m_window->annotationsPanel()->model()->annotations().at(2).id);
    }

    // Behind another tab the panel does not rebuild on every tag (a long
    // article would pay for it on each key); it catches up when its tab is
    // chosen.
    void aPanelBehindATabCatchesUpWhenShown()
    {
        Ui::AnnotationsPanel *panel = m_window->annotationsPanel();
        m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"))->raise();
        QTRY_VERIFY(panel->visibleRegion().isEmpty());
        const int before = panel->model()->rowCount();
        const qint64 ministre = codePointOf(m_text, QStringLiteral("ministre"));
        QVERIFY(m_session->tag(ministre, ministre + 8, 1).ok());
        QCOMPARE(panel->model()->rowCount(), before); // not rebuilt behind the tab
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(panel->model()->rowCount(), before + 1);
        QCOMPARE(shownQuotes(panel).first(), QStringLiteral("ministre"));
    }

    void clickingARowSelectsItsText()
    {
        Ui::AnnotationsPanel *panel = m_window->annotationsPanel();
        QTreeView *tree = panel->view();
        m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"))->raise();
        QTRY_VERIFY(tree->visibleRegion().isEmpty()); // its tab is behind the Findings tab
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier); // View ▸ Annotations Panel
        QTRY_VERIFY(!tree->visibleRegion().isEmpty());
        QVERIFY(tree->hasFocus());
        const QRect row = tree->visualRect(tree->model()->index(1, Ui::AnnotationsModel::TextColumn));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(m_window->articleView()->textCursor().selectedText(), QStringLiteral("Paris"));
    }

    void delRemovesTheSelectedRowsAndUndoBringsThemBack()
    {
        Ui::AnnotationsPanel *panel = m_window->annotationsPanel();
        QTreeView *tree = panel->view();
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Down, Qt::ShiftModifier); // rows 0 and 1
        QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(m_session->annotations().size(), 1);
        QCOMPARE(shownQuotes(panel), QStringList({QStringLiteral("OTAN")}));
        m_session->annotator().undoStack()->undo(); // one step for both
        QCOMPARE(m_session->annotations().size(), 3);
        QCOMPARE(shownQuotes(panel).size(), 3);
    }

    void orphansAreListedNotDrawnAndCanBePlaced()
    {
        // A new version of the article in which "Paris" is gone.
        Article changed;
        changed.text = QString(m_text).replace(QStringLiteral("à Paris"), QStringLiteral("à Bruxelles"));
        changed.bodyLength = changed.text.toUcs4().size() - (m_text.toUcs4().size() - m_session->article().bodyLength);
        changed.title = m_session->article().title;
        changed.language = m_session->article().language;
        changed.documentId = m_session->article().documentId;
        const qint64 articleId = m_session->article().id;
        auto report = m_session->annotator().reimportArticle(articleId, changed);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->orphaned, 1);
        QVERIFY(m_session->showArticle(articleId).ok());

        Ui::AnnotationsPanel *panel = m_window->annotationsPanel();
        Ui::ArticleView *view = m_window->articleView();
        const auto orphan = std::find_if(m_session->annotations().cbegin(), m_session->annotations().cend(),
                                         [](const Annotation &a) { return a.orphan; });
        QVERIFY(orphan != m_session->annotations().cend());
        QCOMPARE(orphan->quote, QStringLiteral("Paris"));
        // Copied: the session's list is replaced when annotations change.
        const qint64 orphanId = orphan->id;
        const qint64 orphanStart = orphan->start;
        // Not drawn where its old offsets now point (inside "Bruxelles").
        QVERIFY(!view->describe(orphanStart).contains(QStringLiteral("Tagged")));
        panel->orphansOnly()->setChecked(true);
        QCOMPARE(shownQuotes(panel), QStringList({QStringLiteral("Paris")}));
        QVERIFY(panel->view()
                    ->model()
                    ->index(0, Ui::AnnotationsModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Lost its text")));

        // The user selects "Bruxelles" and places the orphan there.
        const qint64 brussels = codePointOf(changed.text, QStringLiteral("Bruxelles"));
        view->selectSpan(brussels, brussels + 9);
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
        auto *place = panel->findChild<QPushButton *>(QStringLiteral("annotationsPlace"));
        QVERIFY(place->isEnabled());
        QTest::mouseClick(place, Qt::LeftButton);
        const auto placed = std::find_if(m_session->annotations().cbegin(), m_session->annotations().cend(),
                                         [&](const Annotation &a) { return a.id == orphanId; });
        QVERIFY(placed != m_session->annotations().cend());
        QVERIFY(!placed->orphan);
        QCOMPARE(placed->quote, QStringLiteral("Bruxelles"));
        QCOMPARE(placed->start, brussels);
        QVERIFY(view->describe(brussels + 1).contains(QStringLiteral("Location")));
        QVERIFY(shownQuotes(panel).isEmpty()); // no orphan left
        m_session->annotator().undoStack()->undo();
        QCOMPARE(shownQuotes(panel), QStringList({QStringLiteral("Paris")}));
    }
};

QTEST_MAIN(TestAnnotationsPanel)
#include "tst_annotationspanel.moc"
