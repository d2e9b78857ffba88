// The label schema editor on a real project file (offscreen), driven by keys
// and the mouse as a user would: every edit is looked up in the file, undone
// with Ctrl+Z in the editor, and refused edits are explained under the table.
// The table's model runs under QAbstractItemModelTester throughout.

#include "labelschemaeditor.h"

#include "labelschemamodel.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Marginalia;
using Ui::LabelSchemaEditor;
using Ui::LabelSchemaModel;

namespace {

const QString ArticleText = QStringLiteral("Titre\n\nPetrenko a parlé à Kyiv.\n\nfr-97\n");

// The editor as the lead will use it: a page of a dialog whose OK button is
// the default, so that a stray Enter would close it.
struct Host {
    Host(const Host &) = delete;
    Host &operator=(const Host &) = delete;
    explicit Host(Session &session)
        : editor(new LabelSchemaEditor(session, &dialog))
        , tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(editor);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        buttons->button(QDialogButtonBox::Ok)->setDefault(true);
        dialog.resize(700, 480);
    }

    QDialog dialog;
    LabelSchemaEditor *editor;
    QAbstractItemModelTester tester;
};

} // namespace

class TestLabelSchemaEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Host> m_host;

    LabelSchemaEditor &editor() { return *m_host->editor; }
    QTableView *view() { return m_host->editor->view(); }
    LabelSchemaModel *model() { return m_host->editor->model(); }

    std::optional<Label> stored(const QString &name)
    {
        auto labels = m_session->store().labels();
        if (!labels)
            return std::nullopt;
        for (const Label &l : std::as_const(*labels)) {
            if (l.name == name)
                return l;
        }
        return std::nullopt;
    }

    QModelIndex cell(const QString &name, int column)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, LabelSchemaModel::NameColumn).data().toString() == name)
                return model()->index(row, column);
        }
        return {};
    }

    // Puts the keyboard on a cell.
    void goTo(const QModelIndex &index)
    {
        view()->setFocus();
        view()->setCurrentIndex(index);
    }

    void doubleClick(const QModelIndex &index)
    {
        view()->scrollTo(index);
        const QPoint at = view()->visualRect(index).center();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, at);
    }

    // The combo box editing a cell, once its list is open.
    QComboBox *openCombo()
    {
        QComboBox *combo = nullptr;
        [&] { QTRY_VERIFY((combo = view()->findChild<QComboBox *>()) && combo->view()->isVisible()); }();
        return combo;
    }

    QString message() const { return m_host->editor->message()->text(); }
    bool messageIsError() const { return m_host->editor->message()->property("error").toBool(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile article(m_dir.filePath(QStringLiteral("fr-97.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write(ArticleText.toUtf8());
    }

    void init()
    {
        auto session = Session::open(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        m_session = std::move(*session);
        QVERIFY(m_session->openArticleFile(m_dir.filePath(QStringLiteral("fr-97.txt"))).ok());
        m_host = std::make_unique<Host>(*m_session);
        m_host->dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&m_host->dialog));
    }

    void cleanup()
    {
        m_host.reset();
        m_session.reset();
    }

    void showsTheSchema()
    {
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(model()->columnCount(), int(LabelSchemaModel::ColumnCount));
        QStringList person;
        for (int column = 0; column < LabelSchemaModel::ColumnCount; ++column)
            person << model()->index(0, column).data().toString();
        QCOMPARE(person,
                 (QStringList{QStringLiteral("Person"), QStringLiteral("Entity"), QStringLiteral("#56b4e9"),
                              QStringLiteral("1"), QStringLiteral("Fill")}));
        QCOMPARE(cell(QStringLiteral("Claim"), LabelSchemaModel::StyleColumn).data().toString(),
                 QStringLiteral("Underline"));
        QCOMPARE(cell(QStringLiteral("MT error"), LabelSchemaModel::KindColumn).data().toString(),
                 QStringLiteral("MT error"));
        QVERIFY(!cell(QStringLiteral("Person"), LabelSchemaModel::StyleColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(cell(QStringLiteral("Other"), LabelSchemaModel::HotkeyColumn).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("No key"));
    }

    // F2, a new name, Enter: written at once; Enter does not close the
    // dialog; Ctrl+Z in the editor takes it back.
    void renameByKeysAndUndo()
    {
        goTo(cell(QStringLiteral("Person"), LabelSchemaModel::NameColumn));
        QTest::keyClick(view(), Qt::Key_F2);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QVERIFY(!line->accessibleName().isEmpty());
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("People"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(stored(QStringLiteral("People")));
        QVERIFY(!stored(QStringLiteral("Person")));
        QVERIFY(m_host->dialog.isVisible());
        QCOMPARE(cell(QStringLiteral("People"), LabelSchemaModel::NameColumn).row(), 0);

        QTRY_COMPARE(QApplication::focusWidget(), view());
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(stored(QStringLiteral("Person")));
        QCOMPARE(message(), QStringLiteral("Undone: Edit label “People”."));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(stored(QStringLiteral("People")));
        QVERIFY(m_host->dialog.isVisible());
    }

    // Enter on a cell opens its editor rather than pressing OK.
    void enterEditsTheCell()
    {
        goTo(cell(QStringLiteral("Date"), LabelSchemaModel::NameColumn));
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(m_host->dialog.isVisible());
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_session->annotator().undoStack()->count(), 0);
    }

    void aTakenNameIsRefusedInline()
    {
        goTo(cell(QStringLiteral("Date"), LabelSchemaModel::NameColumn));
        QTest::keyClick(view(), Qt::Key_F2);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("location"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(message().contains(QStringLiteral("already a label named “Location”")));
        QVERIFY(messageIsError());
        QVERIFY(stored(QStringLiteral("Date")));
        QCOMPARE(cell(QStringLiteral("Date"), LabelSchemaModel::NameColumn).isValid(), true);
        QCOMPARE(m_session->annotator().undoStack()->count(), 0);
    }

    // A key another label has moves here, in one step; the message says so.
    void aKeyIsPickedFromTheListByKeys()
    {
        goTo(cell(QStringLiteral("Other"), LabelSchemaModel::HotkeyColumn));
        QTest::keyClick(view(), Qt::Key_F2);
        QComboBox *combo = openCombo();
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("No key"));
        QCOMPARE(combo->itemText(1), QStringLiteral("1 (from “Person”)"));
        QVERIFY(!combo->accessibleName().isEmpty());
        QTest::keyClick(combo->view(), Qt::Key_Down);
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("Other"))->hotkey, QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("Person"))->hotkey, QString());
        QCOMPARE(message(), QStringLiteral("Key 1 now tags “Other”; “Person” has no key."));
        QCOMPARE(cell(QStringLiteral("Person"), LabelSchemaModel::HotkeyColumn).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(m_host->dialog.isVisible());
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("Person"))->hotkey, QStringLiteral("1"));
        QCOMPARE(stored(QStringLiteral("Other"))->hotkey, QString());
    }

    void aStyleIsPickedWithTheMouse()
    {
        doubleClick(cell(QStringLiteral("Claim"), LabelSchemaModel::StyleColumn));
        QComboBox *combo = openCombo();
        QVERIFY(combo);
        const int box = combo->findData(int(LabelStyle::Box));
        QVERIFY(box > 0);
        const QModelIndex item = combo->view()->model()->index(box, 0);
        combo->view()->scrollTo(item);
        QTest::mouseClick(combo->view()->viewport(), Qt::LeftButton, {}, combo->view()->visualRect(item).center());
        QTRY_COMPARE(stored(QStringLiteral("Claim"))->style, LabelStyle::Box);
        QCOMPARE(cell(QStringLiteral("Claim"), LabelSchemaModel::StyleColumn).data().toString(), QStringLiteral("Box"));
    }

    // Enter on the colour opens the colour dialog; its colour is written
    // when it is accepted, and not before.
    void theColourComesFromTheColourDialog()
    {
        goTo(cell(QStringLiteral("Person"), LabelSchemaModel::ColorColumn));
        QTest::keyClick(view(), Qt::Key_Return);
        QColorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = editor().findChild<QColorDialog *>(QStringLiteral("labelColorDialog")))
                    && dialog->isVisible());
        QCOMPARE(dialog->currentColor(), QColor(0x56, 0xb4, 0xe9));
        dialog->setCurrentColor(QColor(0x00, 0x72, 0xb2));
        QCOMPARE(stored(QStringLiteral("Person"))->color, QColor(0x56, 0xb4, 0xe9));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("Person"))->color, QColor(0x00, 0x72, 0xb2));
        QCOMPARE(cell(QStringLiteral("Person"), LabelSchemaModel::ColorColumn).data().toString(),
                 QStringLiteral("#0072b2"));
        QVERIFY(m_host->dialog.isVisible());
        // Double-clicking the colour opens it too; Escape keeps the colour.
        doubleClick(cell(QStringLiteral("Date"), LabelSchemaModel::ColorColumn));
        QTRY_VERIFY((dialog = editor().findChild<QColorDialog *>(QStringLiteral("labelColorDialog")))
                    && dialog->isVisible());
        dialog->setCurrentColor(Qt::black);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!editor().findChild<QColorDialog *>(QStringLiteral("labelColorDialog")));
        QCOMPARE(stored(QStringLiteral("Date"))->color, QColor(0x00, 0x72, 0xb2));
    }

    // Ins adds a label with its name open for typing; Del removes it;
    // Ctrl+Z brings it back.
    void addAndRemoveByKeys()
    {
        goTo(cell(QStringLiteral("Person"), LabelSchemaModel::NameColumn));
        QTest::keyClick(view(), Qt::Key_Insert);
        QVERIFY(stored(QStringLiteral("New label")));
        QCOMPARE(model()->rowCount(), 11);
        auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("New label"));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("Weapon"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(stored(QStringLiteral("Weapon")));
        const Label weapon = *stored(QStringLiteral("Weapon"));
        QCOMPARE(weapon.kind, LabelKind::Entity);
        QCOMPARE(weapon.style, LabelStyle::Fill);
        // A colour no other label has.
        auto labels = m_session->store().labels();
        QCOMPARE(
            std::count_if(labels->cbegin(), labels->cend(), [&](const Label &l) { return l.color == weapon.color; }),
            1);

        QTRY_COMPARE(QApplication::focusWidget(), view());
        QCOMPARE(view()->currentIndex().row(), model()->rowOf(weapon.id));
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!stored(QStringLiteral("Weapon")));
        QCOMPARE(model()->rowCount(), 10);
        QCOMPARE(message(), QStringLiteral("Removed “Weapon”. Ctrl+Z brings it back."));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("Weapon")), weapon);
        QCOMPARE(model()->rowCount(), 11);
    }

    // A label in use stays, keeps its kind, and the message says why.
    void aLabelInUseIsKeptWithAReason()
    {
        const Label person = *stored(QStringLiteral("Person"));
        QVERIFY(m_session->tag(7, 15, person.id).ok()); // Petrenko
        goTo(cell(QStringLiteral("Person"), LabelSchemaModel::NameColumn));
        QTest::mouseClick(editor().findChild<QPushButton *>(QStringLiteral("removeLabel")), Qt::LeftButton);
        QCOMPARE(message(),
                 QStringLiteral("“Person” cannot be removed: 1 annotation(s) use it. Delete them or tag "
                                "them with another label first."));
        QVERIFY(messageIsError());
        QVERIFY(stored(QStringLiteral("Person")));

        goTo(cell(QStringLiteral("Person"), LabelSchemaModel::KindColumn));
        QTest::keyClick(view(), Qt::Key_F2);
        QComboBox *combo = openCombo();
        QVERIFY(combo);
        QTest::keyClick(combo->view(), Qt::Key_Down); // Claim
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QTRY_VERIFY(message().contains(QStringLiteral("kind of “Person” cannot change while 1 annotation")));
        QCOMPARE(stored(QStringLiteral("Person"))->kind, LabelKind::Entity);
        QCOMPARE(cell(QStringLiteral("Person"), LabelSchemaModel::KindColumn).data().toString(),
                 QStringLiteral("Entity"));
        // An unused label's kind may change.
        goTo(cell(QStringLiteral("Other"), LabelSchemaModel::KindColumn));
        QTest::keyClick(view(), Qt::Key_F2);
        combo = openCombo();
        QVERIFY(combo);
        QTest::keyClick(combo->view(), Qt::Key_End); // Highlight
        QTest::keyClick(combo->view(), Qt::Key_Return);
        QTRY_COMPARE(stored(QStringLiteral("Other"))->kind, LabelKind::Highlight);
    }

    // The table follows changes made elsewhere: the window's Ctrl+Z, another
    // panel.
    void theTableFollowsChangesFromElsewhere()
    {
        Label date = *stored(QStringLiteral("Date"));
        date.name = QStringLiteral("When");
        QVERIFY(m_session->annotator().updateLabel(date).ok());
        QCOMPARE(cell(QStringLiteral("When"), LabelSchemaModel::NameColumn).row(), 5);
        QVERIFY(m_session->annotator().removeLabel(stored(QStringLiteral("Highlight"))->id).ok());
        QCOMPARE(model()->rowCount(), 9);
        m_session->annotator().undoStack()->setIndex(0);
        QCOMPARE(model()->rowCount(), 10);
        QVERIFY(cell(QStringLiteral("Date"), LabelSchemaModel::NameColumn).isValid());
    }

    void everyControlHasAnAccessibleName()
    {
        QStringList unnamed;
        for (QWidget *w : editor().findChildren<QWidget *>()) {
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u':' + w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // Tab reaches the buttons from the table.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addLabel"));
    }
};

QTEST_MAIN(TestLabelSchemaEditor)
#include "tst_labelschemaeditor.moc"
