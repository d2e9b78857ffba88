// The Claims panel and the claim editor on a real project: a claim, an
// entity mention and an entity are tagged through the Annotator, then the
// claim is edited from the panel with the keyboard alone, and what the
// project file holds afterwards is checked field by field.

#include "claimeditor.h"
#include "claimspanel.h"
#include "projectstore.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Marginalia;
using namespace Marginalia::Ui;

namespace {

constexpr QStringView ClaimText1 = u"Ils ont parlé longtemps";
constexpr QStringView ClaimText2 = u"la lenteur des décisions de l’OTAN";

// Offsets are code points: the flag before these words is two of them.
qint64 codePointAt(const QString &text, QStringView part)
{
    return text.left(text.indexOf(part)).toUcs4().size();
}

QString describe(const Claim &c)
{
    QStringList evidence;
    for (const Evidence &e : c.evidence)
        evidence << e.url + QLatin1Char('|') + e.note;
    return QStringLiteral("mention=%1 entity=%2 kind=%3 worth=%4 verdict=%5 rating=%6 evidence=[%7] reviewed=%8")
        .arg(c.claimantMention)
        .arg(c.claimantEntity)
        .arg(claimKindId(c.kind))
        .arg(c.checkWorthiness)
        .arg(verdictId(c.verdict), c.rating, evidence.join(QLatin1Char(',')), c.reviewed);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private:
    struct Project {
        QString path;
        std::unique_ptr<Session> session;
        qint64 claim = 0; // "Ils ont parlé longtemps", no details yet
        qint64 claimStart = 0;
        qint64 claimEnd = 0;
        qint64 other = 0; // the second claim, rated False
        qint64 mention = 0; // "ministre", a Person mention linked to `entity`
        qint64 entity = 0; // Jean-Noël Barrot, alias "le ministre"
    };

    QTemporaryDir m_dir;
    int m_projects = 0;

    void openProject(Project &p)
    {
        p.path = m_dir.filePath(QStringLiteral("claims-%1.marginalia").arg(++m_projects));
        auto session = Session::open(p.path);
        QVERIFY2(session.ok(), qPrintable(session.error()));
        p.session = std::move(*session);
        Session &s = *p.session;
        auto article = s.openArticleFile(QStringLiteral(MARGINALIA_TEST_DATA "/fr-07.txt"));
        QVERIFY2(article.ok(), qPrintable(article.error()));
        qint64 claimLabel = 0;
        qint64 personLabel = 0;
        for (const Label &l : s.labels()) {
            if (l.kind == LabelKind::Claim && claimLabel == 0)
                claimLabel = l.id;
            if (l.name == u"Person")
                personLabel = l.id;
        }
        QVERIFY(claimLabel != 0 && personLabel != 0);
        const QString text = s.article().text;
        p.claimStart = codePointAt(text, ClaimText1);
        p.claimEnd = p.claimStart + ClaimText1.size();
        auto claim = s.tag(p.claimStart, p.claimEnd, claimLabel);
        QVERIFY2(claim.ok(), qPrintable(claim.error()));
        p.claim = *claim;
        const qint64 otherStart = codePointAt(text, ClaimText2);
        auto other = s.tag(otherStart, otherStart + ClaimText2.size(), claimLabel);
        QVERIFY2(other.ok(), qPrintable(other.error()));
        p.other = *other;
        auto rated = s.store().annotation(p.other);
        QVERIFY(rated.ok() && rated->claim);
        rated->claim->verdict = Verdict::False;
        QVERIFY(s.annotator().updateAnnotation(*rated).ok());
        const qint64 mentionStart = codePointAt(text, u"ministre");
        auto mention = s.tag(mentionStart, mentionStart + 8, personLabel);
        QVERIFY2(mention.ok(), qPrintable(mention.error()));
        p.mention = *mention;
        Entity barrot;
        barrot.name = QStringLiteral("Jean-Noël Barrot");
        barrot.labelId = personLabel;
        barrot.aliases = {QStringLiteral("le ministre")};
        auto entity = s.annotator().createEntity(barrot, {p.mention});
        QVERIFY2(entity.ok(), qPrintable(entity.error()));
        p.entity = *entity;
        // The claim starts blank, as tagging with one key leaves it.
        auto stored = s.store().annotation(p.claim);
        QVERIFY(stored.ok() && stored->claim);
        QVERIFY(*stored->claim == Claim{});
    }

    static int rowOf(ClaimsPanel &panel, qint64 annotationId) { return panel.model()->rowOf(annotationId); }

    static QString cell(ClaimsPanel &panel, qint64 annotationId, int column)
    {
        return panel.model()->index(rowOf(panel, annotationId), column).data().toString();
    }

    static Claim storedClaim(Project &p, qint64 id)
    {
        auto a = p.session->store().annotation(id);
        if (a.ok() && a->claim)
            return *a->claim;
        Claim missing; // compares unequal to anything a test expects
        missing.rating = QStringLiteral("<no claim stored>");
        return missing;
    }

    // Types into the claimant field, waits for the completion list and
    // picks its `row`-th line with the arrow keys.
    static void pickClaimant(ClaimEditor *editor, const QString &typed, int rows, int row)
    {
        auto *claimant = editor->findChild<QLineEdit *>(QStringLiteral("claimant"));
        QVERIFY(claimant);
        claimant->setFocus();
        QTest::keyClicks(claimant, typed);
        QAbstractItemView *popup = claimant->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), rows);
        for (int i = 0; i <= row; ++i)
            QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        // The offscreen platform leaves the closed list as the active
        // window; a desktop gives the activation back to the dialog.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void editorFromPanelSavesWhatTheKeysChose()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester viewTester(panel.filteredModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QCOMPARE(panel.filteredModel()->rowCount(), 2);
        QCOMPARE(cell(panel, p.claim, ClaimsModel::QuoteColumn), ClaimText1.toString());
        QCOMPARE(cell(panel, p.claim, ClaimsModel::VerdictColumn), QStringLiteral("Not checked"));
        QCOMPARE(cell(panel, p.other, ClaimsModel::VerdictColumn), QStringLiteral("False"));

        // Enter on a row selects its text in the article.
        QTableView *view = panel.view();
        view->setFocus();
        QSignalSpy activated(&panel, &ClaimsPanel::claimActivated);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(panel.currentClaim(), p.claim);
        activated.clear();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first(), (QVariantList{p.claimStart, p.claimEnd}));

        // F2 opens the editor for that claim, the claimant field focused.
        QTest::keyClick(view, Qt::Key_F2);
        QPointer<ClaimEditor> editor = panel.findChild<ClaimEditor *>();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QCOMPARE(editor->annotationId(), p.claim);
        auto *claimant = editor->findChild<QLineEdit *>(QStringLiteral("claimant"));
        QTRY_COMPARE(QApplication::focusWidget(), claimant);

        // "Barr" finds the entity and its mention; the entity comes first.
        pickClaimant(editor, QStringLiteral("Barr"), 2, 0);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(claimant->text(), QStringLiteral("Jean-Noël Barrot"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("claimantState"))->text().startsWith(u"Entity"));

        // Alt+X from any field picks Mixed; on a verdict, M alone picks Mostly true.
        auto *reviewedSet = editor->findChild<QCheckBox *>(QStringLiteral("reviewedSet"));
        QVERIFY(!reviewedSet->isChecked());
        QTest::keyClick(claimant, Qt::Key_X, Qt::AltModifier);
        QTRY_COMPARE(editor->verdict(), Verdict::Mixed);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("verdict-mixed"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M);
        QCOMPARE(editor->verdict(), Verdict::MostlyTrue);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("verdict-mostly-true"));
        // A first verdict dates the review today.
        QVERIFY(reviewedSet->isChecked());
        QCOMPARE(editor->findChild<QDateEdit *>(QStringLiteral("reviewed"))->date(), QDate::currentDate());

        // Alt+K to the kind, S for Statistic; Alt+W, 3 for high worthiness.
        auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), kind);
        QTest::keyClick(kind, Qt::Key_S);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("statistic"));
        auto *worthiness = editor->findChild<QComboBox *>(QStringLiteral("checkWorthiness"));
        QTest::keyClick(kind, Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), worthiness);
        QTest::keyClick(worthiness, Qt::Key_3);
        QCOMPARE(worthiness->currentData().toInt(), 3);
        QTest::keyClick(worthiness, Qt::Key_R, Qt::AltModifier);
        auto *rating = editor->findChild<QLineEdit *>(QStringLiteral("rating"));
        QTRY_COMPARE(QApplication::focusWidget(), rating);
        QTest::keyClicks(rating, QStringLiteral("Misleading"));

        // Evidence: a link that is not http(s) is refused and said so.
        auto *url = editor->findChild<QLineEdit *>(QStringLiteral("evidenceUrl"));
        auto *evidence = editor->findChild<QTreeWidget *>(QStringLiteral("evidence"));
        auto *evidenceError = editor->findChild<QLabel *>(QStringLiteral("evidenceError"));
        QTest::keyClick(rating, Qt::Key_I, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), url);
        QTest::keyClicks(url, QStringLiteral("ftp://example.org/figures"));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(evidence->topLevelItemCount(), 0);
        QVERIFY(evidenceError->isVisible());
        QVERIFY(evidenceError->text().contains(u"ftp://example.org/figures"));
        QVERIFY(editor->isVisible()); // Enter in the link field does not save
        QTest::keyClicks(url, QStringLiteral("https://example.org/figures")); // typed over the selection
        QTest::keyClick(url, Qt::Key_Tab);
        auto *note = editor->findChild<QLineEdit *>(QStringLiteral("evidenceNote"));
        QCOMPARE(QApplication::focusWidget(), note);
        QTest::keyClicks(note, QStringLiteral("Ministry figures"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(evidence->topLevelItemCount(), 1);
        QVERIFY(!evidenceError->isVisible());
        QVERIFY(url->text().isEmpty() && note->text().isEmpty());

        // Enter with the link fields empty saves: one undoable step.
        QUndoStack *undo = p.session->annotator().undoStack();
        const int steps = undo->count();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(editor.isNull());
        QCOMPARE(undo->count(), steps + 1);

        Claim expected;
        expected.claimantEntity = p.entity;
        expected.kind = ClaimKind::Statistic;
        expected.checkWorthiness = 3;
        expected.verdict = Verdict::MostlyTrue;
        expected.rating = QStringLiteral("Misleading");
        expected.evidence = {{QStringLiteral("https://example.org/figures"), QStringLiteral("Ministry figures")}};
        expected.reviewed = today();
        const Claim saved = storedClaim(p, p.claim);
        QVERIFY2(saved == expected, qPrintable(describe(saved) + QStringLiteral("\n") + describe(expected)));

        // The panel shows it.
        QCOMPARE(cell(panel, p.claim, ClaimsModel::ClaimantColumn), QStringLiteral("Jean-Noël Barrot"));
        QCOMPARE(cell(panel, p.claim, ClaimsModel::VerdictColumn), QStringLiteral("Mostly true"));
        QCOMPARE(cell(panel, p.claim, ClaimsModel::KindColumn), QStringLiteral("Statistic"));
        QCOMPARE(cell(panel, p.claim, ClaimsModel::EvidenceColumn), QStringLiteral("1"));
        // The row stayed current through the refresh.
        QCOMPARE(panel.currentClaim(), p.claim);

        // Undo puts the blank claim back, in the file and in the panel.
        undo->undo();
        QVERIFY2(storedClaim(p, p.claim) == Claim{}, qPrintable(describe(storedClaim(p, p.claim))));
        QCOMPARE(cell(panel, p.claim, ClaimsModel::VerdictColumn), QStringLiteral("Not checked"));
        QCOMPARE(cell(panel, p.claim, ClaimsModel::ClaimantColumn), QStringLiteral("—"));
    }

    // In a narrow dock the claim's words keep their room: the kind and the
    // evidence count go, and come back when the dock is wide.
    void aNarrowPanelKeepsRoomForTheClaim()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        panel.resize(320, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *view = panel.view();
        QTRY_VERIFY(view->isColumnHidden(ClaimsModel::KindColumn));
        QVERIFY(view->isColumnHidden(ClaimsModel::EvidenceColumn));
        QVERIFY(view->columnWidth(ClaimsModel::QuoteColumn) >= view->viewport()->width() / 3);
        panel.resize(900, 300);
        QTRY_VERIFY(!view->isColumnHidden(ClaimsModel::KindColumn));
        QVERIFY(!view->isColumnHidden(ClaimsModel::EvidenceColumn));
    }

    void cancelChangesNothing()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto before = p.session->store().annotation(p.claim);
        QVERIFY(before.ok());
        const int steps = p.session->annotator().undoStack()->count();
        QPointer<ClaimEditor> editor = panel.editClaim(p.claim);
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        pickClaimant(editor, QStringLiteral("Barr"), 2, 0);
        editor->setVerdict(Verdict::False);
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("rating")), QStringLiteral("Wrong"));
        QTest::keyClick(editor->findChild<QLineEdit *>(QStringLiteral("claimant")), Qt::Key_Escape);
        QTRY_VERIFY(editor.isNull());
        auto after = p.session->store().annotation(p.claim);
        QVERIFY(after.ok());
        QVERIFY(*after == *before);
        QCOMPARE(p.session->annotator().undoStack()->count(), steps);

        // Neither does a missing claim: it is reported.
        QSignalSpy errors(&panel, &ClaimsPanel::errorOccurred);
        QVERIFY(!panel.editClaim(p.mention));
        QCOMPARE(errors.size(), 1);
    }

    void mentionAsClaimantAndUnknownNameRefused()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QPointer<ClaimEditor> editor = panel.editClaim(p.claim);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto *claimant = editor->findChild<QLineEdit *>(QStringLiteral("claimant"));
        auto *error = editor->findChild<QLabel *>(QStringLiteral("error"));

        // A name that is nobody is not saved: the dialog says so and stays.
        QTest::keyClicks(claimant, QStringLiteral("Nobody"));
        QVERIFY(!claimant->completer()->popup()->isVisible()); // nothing to pick
        QTest::keyClick(claimant, Qt::Key_Return);
        QVERIFY(!editor.isNull());
        QVERIFY(editor->isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"Nobody"));
        QVERIFY(storedClaim(p, p.claim) == Claim{});

        // "minis" matches the entity (by its alias) and the mention; the
        // mention is the second line.
        claimant->clear();
        pickClaimant(editor, QStringLiteral("minis"), 2, 1);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(claimant->text(), QStringLiteral("ministre"));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("claimantState"))->text().startsWith(u"Mention"));
        QTest::keyClick(claimant, Qt::Key_Return);
        QTRY_VERIFY(editor.isNull());
        const Claim saved = storedClaim(p, p.claim);
        QCOMPARE(saved.claimantMention, p.mention);
        QCOMPARE(saved.claimantEntity, qint64(0));
        // A mention linked to an entity is shown by the entity's name, and
        // follows it when the entity is renamed.
        QCOMPARE(cell(panel, p.claim, ClaimsModel::ClaimantColumn), QStringLiteral("Jean-Noël Barrot"));
        auto entity = p.session->store().entity(p.entity);
        QVERIFY(entity.ok());
        entity->name = QStringLiteral("J.-N. Barrot");
        QVERIFY(p.session->annotator().updateEntity(*entity).ok());
        QCOMPARE(cell(panel, p.claim, ClaimsModel::ClaimantColumn), QStringLiteral("J.-N. Barrot"));
    }

    void verdictFilterClickAndInlineVerdict()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        QAbstractItemModelTester modelTester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester viewTester(panel.filteredModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSortFilterProxyModel *shown = panel.filteredModel();

        // F for False in the filter list: only the claim rated False is left.
        auto *filter = panel.findChild<QComboBox *>(QStringLiteral("verdictFilter"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_F);
        QCOMPARE(filter->currentText(), QStringLiteral("False"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data(ClaimsModel::AnnotationIdRole).toLongLong(), p.other);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("claimsSummary"))->text().contains(u"1 of 2"));
        panel.setVerdictFilter(Verdict::True);
        QCOMPARE(shown->rowCount(), 0);
        QTest::keyClick(filter, Qt::Key_Home); // All verdicts
        QCOMPARE(shown->rowCount(), 2);

        // A click on a row selects its claim in the article.
        QSignalSpy activated(&panel, &ClaimsPanel::claimActivated);
        const QModelIndex second = shown->index(shown->mapFromSource(panel.model()->index(1, 0)).row(), 0);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(second).center());
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().at(0).toLongLong(), second.data(ClaimsModel::StartRole).toLongLong());
        QCOMPARE(activated.last().at(1).toLongLong(), second.data(ClaimsModel::EndRole).toLongLong());

        // The verdict cell edited in place goes through the Annotator; a
        // first verdict is dated today.
        const QModelIndex verdictCell =
            shown->mapFromSource(panel.model()->index(rowOf(panel, p.claim), ClaimsModel::VerdictColumn));
        panel.view()->setCurrentIndex(verdictCell);
        panel.view()->edit(verdictCell);
        auto *combo = panel.view()->findChild<QComboBox *>(QStringLiteral("verdictEditor"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Not checked"));
        QTest::keyClick(combo, Qt::Key_T);
        QTRY_COMPARE(storedClaim(p, p.claim).verdict, Verdict::True);
        QCOMPARE(storedClaim(p, p.claim).reviewed, today());
        QCOMPARE(cell(panel, p.claim, ClaimsModel::VerdictColumn), QStringLiteral("True"));
        p.session->annotator().undoStack()->undo();
        QVERIFY(storedClaim(p, p.claim) == Claim{});

        // Where the caret is: the claim covering it, or none.
        QCOMPARE(panel.claimAt(p.claimStart + 3), p.claim);
        QCOMPARE(panel.claimAt(p.claimEnd), qint64(0));

        // The filter matches the whole verdict: True does not show Mostly true.
        panel.setVerdict(p.claim, Verdict::MostlyTrue);
        panel.setVerdictFilter(Verdict::True);
        QCOMPARE(shown->rowCount(), 0);
        panel.setVerdictFilter(Verdict::MostlyTrue);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(filter->currentText(), QStringLiteral("Mostly true"));
    }

    void verdictIconsFollowThePalette()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        ClaimsPanel panel(*p.session);
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        panel.setPalette(dark);
        // True is a full disc: its centre is drawn in the text colour.
        const QModelIndex trueRow = panel.model()->index(rowOf(panel, p.other), ClaimsModel::VerdictColumn);
        panel.setVerdict(p.other, Verdict::True);
        const auto icon = trueRow.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(0xee, 0xee, 0xee));
        // The shapes differ, not only their colour.
        const QImage mixed = ClaimText::verdictIcon(Verdict::Mixed, Qt::black).pixmap(16, 16).toImage();
        const QImage mostlyFalse = ClaimText::verdictIcon(Verdict::MostlyFalse, Qt::black).pixmap(16, 16).toImage();
        QVERIFY(mixed != mostlyFalse);
    }

    void refusedSaveIsShownAndKeptSaveIsReported()
    {
        Project p;
        openProject(p);
        if (QTest::currentTestFailed())
            return;
        auto stored = p.session->store().annotation(p.claim);
        QVERIFY(stored.ok());

        // A read-only view of the project: the editor says why and stays open.
        {
            auto readOnly = Session::openReadOnly(p.path);
            QVERIFY2(readOnly.ok(), qPrintable(readOnly.error()));
            QVERIFY((*readOnly)->showArticle(stored->articleId).ok());
            ClaimEditor editor(**readOnly, *stored);
            editor.show();
            QVERIFY(QTest::qWaitForWindowActive(&editor));
            editor.setVerdict(Verdict::True);
            QTest::keyClick(&editor, Qt::Key_Return);
            QVERIFY(editor.isVisible());
            auto *error = editor.findChild<QLabel *>(QStringLiteral("error"));
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(u"read-only"));
            QVERIFY(storedClaim(p, p.claim) == Claim{});
        }

        // A file that stops taking writes: the edit is kept, the dialog
        // closes, and the message is passed on rather than lost.
        QVERIFY(p.session->store().setQueryOnly(true).ok());
        ClaimsPanel panel(*p.session);
        QSignalSpy errors(&panel, &ClaimsPanel::errorOccurred);
        QPointer<ClaimEditor> editor = panel.editClaim(p.claim);
        QVERIFY(QTest::qWaitForWindowActive(editor));
        editor->setVerdict(Verdict::Mixed);
        editor->accept();
        QTRY_VERIFY(editor.isNull());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(p.session->pendingEdits(), 1);
        QVERIFY(p.session->store().setQueryOnly(false).ok());
        QCOMPARE(p.session->annotator().retryPending(), 0);
        QCOMPARE(storedClaim(p, p.claim).verdict, Verdict::Mixed);
    }
};

QTEST_MAIN(TestClaims)
#include "tst_claims.moc"
