// The MQM panel and the MT error editor in the real window: errors are tagged
// through the session, confirmed by keys in the editor (Enter on the error in
// the article), and the score, the chart and the table are read back against
// the numbers worked out by hand.

#include "articleview.h"
#include "mainwindow.h"
#include "mqmpanel.h"
#include "mterroreditor.h"
#include "projectstore.h"
#include "session.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Marginalia;
using namespace Marginalia::Ui;

namespace {

qint64 codePointAt(const QString &text, QStringView part)
{
    return text.left(text.indexOf(part)).toUcs4().size();
}

QHash<QString, QList<int>> chartCounts(const QChart *chart)
{
    // dimension -> counts per severity set, read from the series itself
    QHash<QString, QList<int>> counts;
    const auto series = chart->series();
    if (series.isEmpty())
        return counts;
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series.constFirst());
    if (!bars)
        return counts;
    for (const QBarSet *set : bars->barSets()) {
        QList<int> values;
        for (int i = 0; i < set->count(); ++i)
            values << int(set->at(i));
        counts.insert(set->label(), values);
    }
    return counts;
}

} // namespace

class TestMqmPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    qint64 mtLabel(Session &s)
    {
        for (const Label &l : s.labels()) {
            if (l.kind == LabelKind::MtError)
                return l.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void scoreChartAndTableFollowTheErrors()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("mqm-%1.marginalia").arg(++m_projects)));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        MqmPanel panel(s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.score().words > 0);
        QCOMPARE(panel.score().errors, 0);
        QVERIFY(panel.chart()->series().isEmpty());
        QVERIFY(panel.chart()->title().contains(QStringLiteral("No confirmed")));
        const int words = panel.score().words;

        // The checker's finding first, so the tag starts from its category.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(s.findings().cbegin(), s.findings().cend(),
                                             [](const Finding &f) { return f.text == u"euxdénonçant"; }),
                                 30000);
        const QString text = s.article().text;
        const qint64 label = mtLabel(s);
        const qint64 a = codePointAt(text, u"euxdénonçant");
        auto first = s.tag(a, a + 12, label);
        QVERIFY(first.ok());
        const qint64 b = codePointAt(text, u"longtemps");
        auto second = s.tag(b, b + 9, label);
        QVERIFY(second.ok());
        auto stored = s.store().annotation(*second);
        QVERIFY(stored.ok());
        stored->mtError = MtError{QStringLiteral("Accuracy/Mistranslation"), MqmSeverity::Critical, {}, {}};
        QVERIFY(s.annotator().updateAnnotation(*stored).ok());

        // The panel follows without being told: 1 (minor) + 25 (critical).
        const Mqm::Score score = panel.score();
        QCOMPARE(score.errors, 2);
        QCOMPARE(score.critical, 1);
        QCOMPARE(score.penalty, 26.0);
        QCOMPARE(score.quality, (1.0 - 26.0 / words) * 100.0);
        QVERIFY(panel.scoreLabel()->text().contains(QLocale().toString(score.quality, 'f', 1)));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("mqmDetails"))->text().contains(QStringLiteral("critical")));

        // Chart: one bar per dimension (typology order, top to bottom), a set
        // per severity that occurs, holding the counts.
        const QHash<QString, QList<int>> counts = chartCounts(panel.chart());
        QCOMPARE(counts.keys().size(), 2);
        QVERIFY(counts.contains(QStringLiteral("Minor")) && counts.contains(QStringLiteral("Critical")));
        const int minorTotal =
            std::accumulate(counts[QStringLiteral("Minor")].cbegin(), counts[QStringLiteral("Minor")].cend(), 0);
        QCOMPARE(minorTotal, 1);
        // Table: Accuracy first, then Fluency (euxdénonçant is a merged word).
        QTreeWidget *table = panel.table();
        QCOMPARE(table->topLevelItemCount(), 2);
        QCOMPARE(table->topLevelItem(0)->text(MqmPanel::DimensionColumn), QStringLiteral("Accuracy"));
        QCOMPARE(table->topLevelItem(0)->text(MqmPanel::CriticalColumn), QStringLiteral("1"));
        QCOMPARE(table->topLevelItem(0)->text(MqmPanel::PenaltyColumn), QStringLiteral("25"));
        QCOMPARE(table->topLevelItem(1)->text(MqmPanel::DimensionColumn), QStringLiteral("Fluency"));

        // An error row goes to its text.
        QSignalSpy activated(&panel, &MqmPanel::errorActivated);
        table->expandAll();
        table->setFocus();
        table->setCurrentItem(table->topLevelItem(0)->child(0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), b);
        QCOMPARE(activated.at(0).at(1).toLongLong(), b + 9);

        // Undo takes the critical one back; the panel follows.
        s.annotator().undoStack()->undo();
        QCOMPARE(panel.score().critical, 0);
        QCOMPARE(panel.score().penalty, 2.0);
    }

    // A window opened on an article that has errors: the MQM tab, chosen
    // without any change since, shows them (its rows were built when first
    // on screen, not left empty).
    void theTabShowsTheScoreWhenChosen()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("mqm-%1.marginalia").arg(++m_projects)));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        const qint64 a = codePointAt(s.article().text, u"longtemps");
        QVERIFY(s.tag(a, a + 9, mtLabel(s)).ok());
        // Nothing changes after the window is made: no later change wakes it.
        QTRY_VERIFY_WITH_TIMEOUT(!s.findings().isEmpty() && s.suggestionsReady(), 30000);
        MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("mqmScore"));
        QVERIFY(label);
        QVERIFY(label->visibleRegion().isEmpty()); // behind the Findings tab
        QTest::keyClick(&window, Qt::Key_6, Qt::AltModifier);
        QTRY_VERIFY(label->text().startsWith(QStringLiteral("Quality")));
        auto *table = window.findChild<QTreeWidget *>(QStringLiteral("mqmTable"));
        QCOMPARE(table->topLevelItemCount(), 1);
    }

    void weightsAreAProjectSetting()
    {
        const QString path = m_dir.filePath(QStringLiteral("mqm-%1.marginalia").arg(++m_projects));
        {
            auto session = Session::open(path);
            QVERIFY(session.ok());
            Session &s = **session;
            QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
            const QString text = s.article().text;
            const qint64 a = codePointAt(text, u"longtemps");
            auto id = s.tag(a, a + 9, mtLabel(s));
            QVERIFY(id.ok());
            auto stored = s.store().annotation(*id);
            stored->mtError = MtError{QStringLiteral("Fluency/Punctuation"), MqmSeverity::Minor, {}, {}};
            QVERIFY(s.annotator().updateAnnotation(*stored).ok());
            MqmPanel panel(s);
            QCOMPARE(panel.score().penalty, 1.0);
            auto *box = panel.findChild<QComboBox *>(QStringLiteral("mqmWeights"));
            box->setCurrentIndex(box->findData(QStringLiteral("wmt2021")));
            QCOMPARE(panel.weights(), Mqm::Weights::Wmt2021);
            QCOMPARE(panel.score().penalty, 0.1);
        }
        auto again = Session::open(path);
        QVERIFY(again.ok());
        auto summaries = (*again)->store().articleSummaries();
        QVERIFY(summaries.ok() && !summaries->isEmpty());
        QVERIFY((*again)->showArticle(summaries->constFirst().id).ok());
        MqmPanel panel(**again);
        QCOMPARE(panel.weights(), Mqm::Weights::Wmt2021);
        QCOMPARE(panel.score().penalty, 0.1);
    }

    // The whole path a user takes: tag with 8, Enter on it, pick the
    // category by typing and the severity by its key, type the correction,
    // Enter; one Ctrl+Z takes the edit back.
    void enterOnAnErrorEditsItByKeys()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("mqm-%1.marginalia").arg(++m_projects)));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        MainWindow window(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = s.article().text;
        const qint64 start = codePointAt(text, u"longtemps");
        ArticleView *view = window.articleView();
        view->selectSpan(start, start + 9);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_8);
        QCOMPARE(s.annotations().size(), 1);
        const qint64 id = s.annotations().constFirst().id;
        QCOMPARE(s.annotations().constFirst().mtError->category, QStringLiteral("Other"));

        view->selectSpan(start + 2, start + 2); // the caret inside the error
        QTest::keyClick(view, Qt::Key_Return);
        // Guarded: the editor may delete itself once it has saved.
        QPointer<MtErrorEditor> editor;
        QTRY_VERIFY((editor = window.findChild<MtErrorEditor *>()) && editor->isVisible());
        QApplication::setActiveWindow(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *category = editor->findChild<QComboBox *>(QStringLiteral("mtErrorCategory"));
        QTRY_VERIFY(category->hasFocus() || category->lineEdit()->hasFocus());
        category->lineEdit()->selectAll();
        QTest::keyClicks(category->lineEdit(), QStringLiteral("Accuracy/Mistranslation"));
        // The completion list offers the typed category; Enter takes it.
        QAbstractItemView *popup = category->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY(editor->isVisible());
        QTest::keyClick(category->lineEdit(), Qt::Key_A, Qt::AltModifier); // M&ajor
        // A mnemonic "animates" the click: it lands a moment later.
        QTRY_VERIFY(editor->findChild<QRadioButton *>(QStringLiteral("severity-major"))->isChecked());
        QTest::keyClick(category->lineEdit(), Qt::Key_O, Qt::AltModifier); // C&orrection
        auto *correction = editor->findChild<QLineEdit *>(QStringLiteral("mtErrorCorrection"));
        QTRY_VERIFY(correction->hasFocus());
        QTest::keyClicks(correction, QStringLiteral("longuement"));
        QTest::keyClick(correction, Qt::Key_Return);
        QTRY_VERIFY(editor.isNull() || !editor->isVisible());

        auto stored = s.store().annotation(id);
        QVERIFY(stored.ok() && stored->mtError);
        QCOMPARE(stored->mtError->category, QStringLiteral("Accuracy/Mistranslation"));
        QCOMPARE(stored->mtError->severity, MqmSeverity::Major);
        QCOMPARE(stored->mtError->correction, QStringLiteral("longuement"));
        QCOMPARE(window.mqmPanel()->score().penalty, 5.0);

        s.annotator().undoStack()->undo();
        auto before = s.store().annotation(id);
        QVERIFY(before.ok() && before->mtError);
        QCOMPARE(before->mtError->category, QStringLiteral("Other"));
        QCOMPARE(before->mtError->severity, MqmSeverity::Minor);
        QCOMPARE(window.mqmPanel()->score().penalty, 1.0);
    }

    void anEmptyCategoryIsRefusedWithAReason()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("mqm-%1.marginalia").arg(++m_projects)));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt")).ok());
        const qint64 start = codePointAt(s.article().text, u"longtemps");
        auto id = s.tag(start, start + 9, mtLabel(s));
        QVERIFY(id.ok());
        MtErrorEditor editor(s, *s.store().annotation(*id));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *category = editor.findChild<QComboBox *>(QStringLiteral("mtErrorCategory"));
        category->setCurrentText(QString());
        editor.accept();
        QVERIFY(editor.isVisible());
        auto *problem = editor.findChild<QLabel *>(QStringLiteral("mtErrorProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("category")));
        QCOMPARE(s.annotator().undoStack()->count(), 1); // only the tag
    }
};

QTEST_MAIN(TestMqmPanel)
#include "tst_mqmpanel.moc"
