// The Entities panel on a real project file (offscreen): rows read from the
// store, actions driven with the keyboard and the mouse, every change looked
// up in the file and undone through the Annotator's undo stack.

#include "entitiespanel.h"

#include "annotator.h"
#include "projectstore.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Marginalia;
using Ui::EntitiesPanel;
using Kind = EntitiesPanel::RowKind;

namespace {

// "Macron" occurs three times, the first inside "Emmanuel Macron"; the last
// line is the corpus id, not body text.
const QString ArticleText = QStringLiteral("Emmanuel Macron a reçu Olaf Scholz à Paris. Macron et Scholz ont parlé "
                                           "de l’Union européenne.\n\nÀ Paris, le président Macron a salué le "
                                           "chancelier.\n\nfr-99\n");
const QString OtherArticleText = QStringLiteral("Macron parle à Berlin.\n\nfr-98\n");

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

// The window the panel is docked in, with the window-wide Del of the real
// one ("Remove Tags at Caret"), which must not fire while the panel has the
// keyboard.
struct Host {
    Host(const Host &) = delete;
    Host &operator=(const Host &) = delete;
    explicit Host(Session &session)
        : panel(new EntitiesPanel(session, &window))
        , windowDelete(new QAction(QStringLiteral("Remove Tags at Caret"), &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(panel);
        windowDelete->setShortcut(QKeySequence::Delete);
        window.addAction(windowDelete);
        window.resize(640, 480);
    }

    QWidget window;
    EntitiesPanel *panel;
    QAction *windowDelete;
};

QModelIndex find(const EntitiesPanel &panel, Kind kind, qint64 id = 0)
{
    const QAbstractItemModel *model = panel.model();
    QList<QModelIndex> parents{QModelIndex()};
    while (!parents.isEmpty()) {
        const QModelIndex parent = parents.takeFirst();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (Kind(index.data(EntitiesPanel::KindRole).toInt()) == kind
                && (id == 0 || index.data(EntitiesPanel::IdRole).toLongLong() == id))
                return index;
            parents << index;
        }
    }
    return {};
}

QStringList topLevelNames(const EntitiesPanel &panel)
{
    QStringList names;
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        names << panel.model()->index(row, EntitiesPanel::NameColumn).data().toString();
    return names;
}

void click(EntitiesPanel &panel, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    panel.view()->scrollTo(index);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, modifiers, panel.view()->visualRect(index).center());
}

QDialog *visibleDialog(QWidget *parent, const QString &name)
{
    for (QDialog *dialog : parent->findChildren<QDialog *>(name)) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

class TestEntitiesPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    int m_projects = 0;

    QString text() const { return m_session->article().text; }

    // The span of the nth occurrence of `word` in the article, code points.
    std::pair<qint64, qint64> span(const QString &word, int nth = 0) const
    {
        qsizetype at = -1;
        for (int i = 0; i <= nth; ++i)
            at = text().indexOf(word, at + 1);
        const qint64 start = text().left(at).toUcs4().size();
        return {start, start + word.toUcs4().size()};
    }

    qint64 label(const QString &name) const
    {
        for (const Label &l : m_session->labels()) {
            if (l.name == name)
                return l.id;
        }
        return 0;
    }

    Result<qint64> tag(const QString &word, int nth, const QString &labelName)
    {
        const auto [start, end] = span(word, nth);
        return m_session->tag(start, end, label(labelName));
    }

    Result<qint64> createEntity(const QString &name, const QString &labelName, const QList<qint64> &mentions,
                                const QStringList &aliases = {})
    {
        Entity e;
        e.name = name;
        e.labelId = label(labelName);
        e.aliases = aliases;
        return m_session->annotator().createEntity(e, mentions);
    }

    std::unique_ptr<Host> showHost()
    {
        auto host = std::make_unique<Host>(*m_session);
        host->window.show();
        if (!QTest::qWaitForWindowActive(&host->window))
            return nullptr;
        host->panel->view()->setFocus();
        return host;
    }

    QList<qint64> mentionsOf(qint64 entityId)
    {
        auto mentions = m_session->store().mentions(entityId);
        return mentions ? *mentions : QList<qint64>{-1};
    }

    QList<Entity> entities()
    {
        auto all = m_session->store().entities();
        return all ? *all : QList<Entity>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("fr-99.txt")), ArticleText));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("fr-98.txt")), OtherArticleText));
    }

    void init()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("p%1.marginalia").arg(++m_projects)));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        m_session = std::move(*session);
        auto article = m_session->openArticleFile(m_dir.filePath(QStringLiteral("fr-99.txt")));
        QVERIFY2(article.ok(), qPrintable(article.error()));
    }

    void cleanup() { m_session.reset(); }

    void newEntityFromSelectedMentionsIsListedWithCounts()
    {
        auto full = tag(QStringLiteral("Emmanuel Macron"), 0, QStringLiteral("Person"));
        auto shortName = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto paris = tag(QStringLiteral("Paris"), 0, QStringLiteral("Location"));
        QVERIFY(full.ok() && shortName.ok() && paris.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;

        // Nothing is an entity yet: the three mentions wait under one row.
        QCOMPARE(topLevelNames(panel), QStringList{QStringLiteral("Not linked to an entity")});
        const QModelIndex group = find(panel, Kind::UnlinkedGroup);
        QCOMPARE(panel.model()->rowCount(group), 3);
        panel.view()->expand(group);

        click(panel, find(panel, Kind::UnlinkedMention, *full));
        click(panel, find(panel, Kind::UnlinkedMention, *shortName), Qt::ControlModifier);
        QTest::keyClick(panel.view(), Qt::Key_Insert);
        QDialog *dialog = visibleDialog(&panel, QStringLiteral("entityDialog"));
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("entityName"));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("entityType"));
        // Named after the first mention in reading order, typed by its label.
        QCOMPARE(name->text(), QStringLiteral("Emmanuel Macron"));
        QCOMPARE(type->currentText(), QStringLiteral("Person"));
        QVERIFY(type->isEnabled());
        typeInto(dialog->findChild<QPlainTextEdit *>(QStringLiteral("entityAliases")), QStringLiteral("Macron"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("entityWikidata")), QStringLiteral("Q3052772"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());

        const QList<Entity> stored = entities();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Emmanuel Macron"));
        QCOMPARE(stored.first().labelId, label(QStringLiteral("Person")));
        QCOMPARE(stored.first().aliases, QStringList{QStringLiteral("Macron")});
        QCOMPARE(stored.first().wikidata, QStringLiteral("Q3052772"));
        QCOMPARE(mentionsOf(stored.first().id), (QList<qint64>{*full, *shortName}));

        // The row: name (aliases in its tooltip), type with the label's
        // colour, count, Wikidata id; its mentions in reading order.
        const QModelIndex row = find(panel, Kind::Entity, stored.first().id);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), QStringLiteral("Emmanuel Macron"));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Macron")));
        const QModelIndex typeCell = row.siblingAtColumn(EntitiesPanel::TypeColumn);
        QCOMPARE(typeCell.data().toString(), QStringLiteral("Person"));
        QColor personColour;
        for (const Label &l : m_session->labels()) {
            if (l.name == u"Person")
                personColour = l.color;
        }
        QCOMPARE(typeCell.data(Qt::DecorationRole).value<QColor>(), personColour);
        QCOMPARE(row.siblingAtColumn(EntitiesPanel::MentionsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(row.siblingAtColumn(EntitiesPanel::WikidataColumn).data().toString(), QStringLiteral("Q3052772"));
        QVERIFY(!panel.view()->isColumnHidden(EntitiesPanel::WikidataColumn));
        QCOMPARE(panel.model()->rowCount(row), 2);
        QCOMPARE(panel.model()->index(0, 0, row).data(EntitiesPanel::StartRole).toLongLong(),
                 span(QStringLiteral("Emmanuel Macron")).first);
        QCOMPARE(panel.model()->index(1, 0, row).data(EntitiesPanel::StartRole).toLongLong(),
                 span(QStringLiteral("Macron"), 1).first);
        QVERIFY(panel.model()->index(1, 0, row).data().toString().contains(QStringLiteral("Macron et Scholz")));
        QCOMPARE(panel.model()->rowCount(find(panel, Kind::UnlinkedGroup)), 1); // Paris

        // Another article: no mention here, two in the project.
        QVERIFY(m_session->openArticleFile(m_dir.filePath(QStringLiteral("fr-98.txt"))).ok());
        const QModelIndex elsewhere = find(panel, Kind::Entity, stored.first().id);
        QCOMPARE(elsewhere.siblingAtColumn(EntitiesPanel::MentionsColumn).data().toString(), QStringLiteral("0 of 2"));
        QCOMPARE(panel.model()->rowCount(elsewhere), 0);
        QVERIFY(!find(panel, Kind::UnlinkedGroup).isValid());
    }

    void filterFindsNamesAndAliasesAndSortingKeepsGroupLast()
    {
        auto m1 = tag(QStringLiteral("Emmanuel Macron"), 0, QStringLiteral("Person"));
        auto m2 = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto s1 = tag(QStringLiteral("Scholz"), 1, QStringLiteral("Person"));
        QVERIFY(tag(QStringLiteral("Paris"), 0, QStringLiteral("Location")).ok());
        QVERIFY(m1.ok() && m2.ok() && s1.ok());
        QVERIFY(createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*m1, *m2},
                             {QStringLiteral("le président")})
                    .ok());
        QVERIFY(createEntity(QStringLiteral("Olaf Scholz"), QStringLiteral("Person"), {*s1}).ok());
        QVERIFY(createEntity(QStringLiteral("Union européenne"), QStringLiteral("Organisation"), {}).ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QString group = QStringLiteral("Not linked to an entity");

        QCOMPARE(topLevelNames(panel),
                 (QStringList{QStringLiteral("Emmanuel Macron"), QStringLiteral("Olaf Scholz"),
                              QStringLiteral("Union européenne"), group}));
        // Case and accents aside, by name or by alias; unlinked mentions by text.
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("EUROPEENNE"));
        QCOMPARE(topLevelNames(panel), QStringList{QStringLiteral("Union européenne")});
        typeInto(panel.filterEdit(), QStringLiteral("president"));
        QCOMPARE(topLevelNames(panel), QStringList{QStringLiteral("Emmanuel Macron")});
        // An entity shown keeps all its mentions under it.
        QCOMPARE(panel.model()->rowCount(panel.model()->index(0, 0)), 2);
        typeInto(panel.filterEdit(), QStringLiteral("paris"));
        QCOMPARE(topLevelNames(panel), QStringList{group});
        QCOMPARE(panel.model()->rowCount(panel.model()->index(0, 0)), 1);
        typeInto(panel.filterEdit(), QStringLiteral("nobody"));
        QCOMPARE(panel.model()->rowCount(), 0);
        panel.filterEdit()->clear();
        QCOMPARE(panel.model()->rowCount(), 4);

        // A click on the Mentions header sorts by count, a second turns it
        // around; the unlinked mentions stay last either way.
        QHeaderView *header = panel.view()->header();
        const QPoint mentionsHeader(header->sectionViewportPosition(EntitiesPanel::MentionsColumn) + 4,
                                    header->height() / 2);
        const QStringList ascending{QStringLiteral("Union européenne"), QStringLiteral("Olaf Scholz"),
                                    QStringLiteral("Emmanuel Macron"), group};
        const QStringList descending{QStringLiteral("Emmanuel Macron"), QStringLiteral("Olaf Scholz"),
                                     QStringLiteral("Union européenne"), group};
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, mentionsHeader);
        QCOMPARE(header->sortIndicatorSection(), int(EntitiesPanel::MentionsColumn));
        QCOMPARE(topLevelNames(panel), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, mentionsHeader);
        QCOMPARE(topLevelNames(panel), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);
        // Mentions stay in reading order under a descending sort.
        const QModelIndex macron = panel.model()->index(descending.indexOf(QStringLiteral("Emmanuel Macron")), 0);
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            QCOMPARE(panel.model()->index(0, 0, macron).data(EntitiesPanel::IdRole).toLongLong(), *m1);
    }

    void activatingAMentionEmitsItsSpan()
    {
        auto m1 = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto m2 = tag(QStringLiteral("Macron"), 2, QStringLiteral("Person"));
        auto paris = tag(QStringLiteral("Paris"), 1, QStringLiteral("Location"));
        QVERIFY(m1.ok() && m2.ok() && paris.ok());
        auto entity = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*m1, *m2});
        QVERIFY(entity.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QSignalSpy activated(&panel, &EntitiesPanel::mentionActivated);

        panel.view()->expandAll();
        click(panel, find(panel, Kind::Mention, *m2));
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().at(0).toLongLong(), span(QStringLiteral("Macron"), 2).first);
        QCOMPARE(activated.last().at(1).toLongLong(), span(QStringLiteral("Macron"), 2).second);

        // Up to the first mention, Enter: that one.
        activated.clear();
        QTest::keyClick(panel.view(), Qt::Key_Up);
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), span(QStringLiteral("Macron"), 1).first);

        // An unlinked mention too; an entity row is not a span.
        click(panel, find(panel, Kind::UnlinkedMention, *paris));
        QCOMPARE(activated.last().at(0).toLongLong(), span(QStringLiteral("Paris"), 1).first);
        activated.clear();
        panel.view()->setCurrentIndex(find(panel, Kind::Entity, *entity));
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 0);
    }

    void mergeKeepsTheFirstSelectedAndIsUndone()
    {
        auto full = tag(QStringLiteral("Emmanuel Macron"), 0, QStringLiteral("Person"));
        auto m1 = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto m2 = tag(QStringLiteral("Macron"), 2, QStringLiteral("Person"));
        QVERIFY(full.ok() && m1.ok() && m2.ok());
        auto kept = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*full});
        auto merged = createEntity(QStringLiteral("Macron"), QStringLiteral("Person"), {*m1, *m2},
                                   {QStringLiteral("le président")});
        QVERIFY(kept.ok() && merged.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *merge = panel.findChild<QAction *>(QStringLiteral("entitiesMerge"));
        QVERIFY(!merge->isEnabled());

        // "Macron" sorts after "Emmanuel Macron": select it first, then the other.
        click(panel, find(panel, Kind::Entity, *merged));
        QVERIFY(!merge->isEnabled()); // one is not enough
        click(panel, find(panel, Kind::Entity, *kept), Qt::ControlModifier);
        QVERIFY(merge->isEnabled());
        QTest::keyClick(panel.view(), Qt::Key_M, Qt::ControlModifier);
        QDialog *dialog = visibleDialog(&panel, QStringLiteral("entityMergeDialog"));
        QVERIFY(dialog);
        auto *keepFirst = dialog->findChild<QRadioButton *>(QStringLiteral("entityMergeKeepFirst"));
        QVERIFY(keepFirst->isChecked());
        QVERIFY(keepFirst->text().contains(QStringLiteral("“Macron”")));
        // The user keeps the full name instead.
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("entityMergeKeepSecond")), Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());

        const auto checkMerged = [&] {
            const QList<Entity> after = entities();
            QCOMPARE(after.size(), 1);
            QCOMPARE(after.first().id, *kept);
            QCOMPARE(after.first().aliases, (QStringList{QStringLiteral("Macron"), QStringLiteral("le président")}));
            QCOMPARE(mentionsOf(*kept), (QList<qint64>{*full, *m1, *m2}));
            const QModelIndex row = find(panel, Kind::Entity, *kept);
            QCOMPARE(row.siblingAtColumn(EntitiesPanel::MentionsColumn).data().toString(), QStringLiteral("3"));
            QCOMPARE(panel.model()->rowCount(row), 3);
        };
        checkMerged();
        if (QTest::currentTestFailed())
            return;

        QUndoStack *undo = m_session->annotator().undoStack();
        undo->undo();
        QCOMPARE(entities().size(), 2);
        QCOMPARE(mentionsOf(*kept), QList<qint64>{*full});
        QCOMPARE(mentionsOf(*merged), (QList<qint64>{*m1, *m2}));
        QVERIFY(find(panel, Kind::Entity, *merged).isValid());
        auto keptAgain = m_session->store().entity(*kept);
        QVERIFY(keptAgain.ok());
        QVERIFY(keptAgain->aliases.isEmpty());
        undo->redo();
        checkMerged();
    }

    void mergeByKeyboardKeepsTheFirstSelected()
    {
        auto a = createEntity(QStringLiteral("Alpha"), QStringLiteral("Person"), {});
        auto b = createEntity(QStringLiteral("Beta"), QStringLiteral("Person"), {});
        QVERIFY(a.ok() && b.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QTest::keyClick(panel.view(), Qt::Key_Home); // Alpha
        QTest::keyClick(panel.view(), Qt::Key_Down, Qt::ShiftModifier); // and Beta
        QTest::keyClick(panel.view(), Qt::Key_M, Qt::ControlModifier);
        QDialog *dialog = visibleDialog(&panel, QStringLiteral("entityMergeDialog"));
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(entities().size(), 1);
        QCOMPARE(entities().first().name, QStringLiteral("Alpha"));
        QCOMPARE(entities().first().aliases, QStringList{QStringLiteral("Beta")});
    }

    void delDeletesEntitiesKeepsMentionsAndIsUndone()
    {
        auto m1 = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto s1 = tag(QStringLiteral("Scholz"), 0, QStringLiteral("Person"));
        QVERIFY(m1.ok() && s1.ok());
        auto macron = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*m1});
        auto scholz = createEntity(QStringLiteral("Olaf Scholz"), QStringLiteral("Person"), {*s1});
        QVERIFY(macron.ok() && scholz.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QSignalSpy windowDelete(host->windowDelete, &QAction::triggered);
        QUndoStack *undo = m_session->annotator().undoStack();
        const int steps = undo->count();

        click(panel, find(panel, Kind::Entity, *macron));
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(windowDelete.size(), 0); // the panel's Del, not the window's
        QCOMPARE(entities().size(), 1);
        auto mention = m_session->store().annotation(*m1);
        QVERIFY(mention.ok()); // the mention stays, unlinked
        QCOMPARE(mention->entityId, 0);
        QVERIFY(find(panel, Kind::UnlinkedMention, *m1).isValid());
        // Its neighbour is selected now: Del again deletes it.
        QCOMPARE(panel.view()->selectionModel()->selectedRows().size(), 1);
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(entities().size(), 0);

        undo->undo();
        undo->undo();
        QCOMPARE(undo->count(), steps + 2);
        QCOMPARE(entities().size(), 2);
        QCOMPARE(mentionsOf(*macron), QList<qint64>{*m1});
        QCOMPARE(mentionsOf(*scholz), QList<qint64>{*s1});
        QVERIFY(find(panel, Kind::Mention, *m1).isValid());

        // Both at once: one Del, one undo step.
        panel.view()->selectAll();
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(entities().size(), 0);
        QCOMPARE(undo->index(), steps + 1);
        undo->undo();
        QCOMPARE(entities().size(), 2);
        QCOMPARE(mentionsOf(*macron), QList<qint64>{*m1});
        QCOMPARE(windowDelete.size(), 0);
    }

    void tagAllOccurrencesLinksNewMentionsAsOneStep()
    {
        auto full = tag(QStringLiteral("Emmanuel Macron"), 0, QStringLiteral("Person"));
        QVERIFY(full.ok());
        auto entity = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*full},
                                   {QStringLiteral("Macron")});
        QVERIFY(entity.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QSignalSpy messages(&panel, &EntitiesPanel::statusMessage);
        QSignalSpy errors(&panel, &EntitiesPanel::errorOccurred);
        QUndoStack *undo = m_session->annotator().undoStack();
        const int steps = undo->count();

        click(panel, find(panel, Kind::Entity, *entity));
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(errors.size(), 0);
        // The two standalone "Macron"s; the one inside "Emmanuel Macron" is
        // covered by the full name and left alone.
        const QList<qint64> mentions = mentionsOf(*entity);
        QCOMPARE(mentions.size(), 3);
        QList<qint64> starts;
        for (qint64 id : mentions) {
            auto a = m_session->store().annotation(id);
            QVERIFY(a.ok());
            starts << a->start;
        }
        std::sort(starts.begin(), starts.end());
        QCOMPARE(starts,
                 (QList<qint64>{span(QStringLiteral("Emmanuel Macron")).first, span(QStringLiteral("Macron"), 1).first,
                                span(QStringLiteral("Macron"), 2).first}));
        QCOMPARE(m_session->annotations().size(), 3);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("2")));
        QCOMPARE(panel.model()->rowCount(find(panel, Kind::Entity, *entity)), 3);
        QCOMPARE(undo->count(), steps + 1);

        undo->undo();
        QCOMPARE(mentionsOf(*entity), QList<qint64>{*full});
        QCOMPARE(m_session->annotations().size(), 1);
        undo->redo();
        QCOMPARE(mentionsOf(*entity).size(), 3);

        // Nothing left to tag: said so, and no empty step on the stack.
        QTest::keyClick(panel.view(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(messages.last().at(0).toString().startsWith(QStringLiteral("No untagged occurrence")));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->index(), steps + 1);
        QCOMPARE(mentionsOf(*entity).size(), 3);
    }

    void editRefusesAnInvalidWikidataIdAndIsUndone()
    {
        auto entity = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {});
        QVERIFY(entity.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        const Entity before = entities().value(0);

        click(panel, find(panel, Kind::Entity, *entity));
        QTest::keyClick(panel.view(), Qt::Key_F2);
        QDialog *dialog = visibleDialog(&panel, QStringLiteral("entityDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("entityType"))->isEnabled());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("entityName"));
        auto *wikidata = dialog->findChild<QLineEdit *>(QStringLiteral("entityWikidata"));
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("entityUrl"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("entityError"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        typeInto(name, QStringLiteral("E. Macron"));
        typeInto(wikidata, QStringLiteral("42"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Q followed by digits")), qPrintable(error->text()));
        QTest::keyClick(wikidata, Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // refused
        QCOMPARE(entities().value(0), before);

        typeInto(wikidata, QStringLiteral("q90"));
        typeInto(url, QStringLiteral("ftp://example.org"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("https://")));
        typeInto(url, QStringLiteral("https://www.elysee.fr"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());

        const Entity after = entities().value(0);
        QCOMPARE(after.name, QStringLiteral("E. Macron"));
        QCOMPARE(after.wikidata, QStringLiteral("Q90"));
        QCOMPARE(after.url, QStringLiteral("https://www.elysee.fr"));
        QCOMPARE(find(panel, Kind::Entity, *entity).siblingAtColumn(EntitiesPanel::WikidataColumn).data().toString(),
                 QStringLiteral("Q90"));
        m_session->annotator().undoStack()->undo();
        QCOMPARE(entities().value(0).name, before.name);
        QCOMPARE(entities().value(0).wikidata, QString());
        QCOMPARE(find(panel, Kind::Entity, *entity).data().toString(), QStringLiteral("Emmanuel Macron"));
        // No entity linked any more: the empty column gives its room to the names.
        QVERIFY(panel.view()->isColumnHidden(EntitiesPanel::WikidataColumn));
    }

    void aWriteThatFailsReachesTheUser()
    {
        auto entity = createEntity(QStringLiteral("Olaf Scholz"), QStringLiteral("Person"), {});
        QVERIFY(entity.ok());
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        QSignalSpy errors(&panel, &EntitiesPanel::errorOccurred);

        QVERIFY(m_session->store().setQueryOnly(true).ok());
        click(panel, find(panel, Kind::Entity, *entity));
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("It is kept")),
                 qPrintable(errors.first().at(0).toString()));
        QCOMPARE(entities().size(), 1);
        // Written once the file takes writes again.
        QVERIFY(m_session->store().setQueryOnly(false).ok());
        QCOMPARE(m_session->annotator().retryPending(), 0);
        QCOMPARE(entities().size(), 0);
        QVERIFY(!find(panel, Kind::Entity, *entity).isValid());
    }

    void readOnlyProjectOffersNoChange()
    {
        QVERIFY(createEntity(QStringLiteral("Olaf Scholz"), QStringLiteral("Person"), {}).ok());
        auto viewer = Session::openReadOnly(m_session->store().path());
        QVERIFY2(viewer.ok(), qPrintable(viewer.error()));
        EntitiesPanel panel(**viewer);
        panel.view()->setCurrentIndex(panel.model()->index(0, 0));
        panel.view()->selectAll();
        QCOMPARE(topLevelNames(panel), QStringList{QStringLiteral("Olaf Scholz")});
        for (QAction *action : panel.actions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }

    void controlsAreNamedAndReachable()
    {
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        auto named = [](QWidget *root) {
            QStringList unnamed;
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && w->accessibleName().isEmpty())
                    unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
            }
            return unnamed;
        };
        QCOMPARE(named(&panel), QStringList());
        // Tab reaches the action buttons.
        QVERIFY(panel.findChild<QWidget *>(QStringLiteral("entitiesNewButton"))->focusPolicy() & Qt::TabFocus);
        QTest::keyClick(panel.view(), Qt::Key_Insert);
        QDialog *dialog = visibleDialog(&panel, QStringLiteral("entityDialog"));
        QVERIFY(dialog);
        QCOMPARE(named(dialog), QStringList());
        // The alias list does not swallow Tab.
        auto *aliases = dialog->findChild<QPlainTextEdit *>(QStringLiteral("entityAliases"));
        QVERIFY(aliases->tabChangesFocus());
        dialog->reject();
    }

    void modelStaysConsistentThroughChanges()
    {
        auto host = showHost();
        QVERIFY(host);
        EntitiesPanel &panel = *host->panel;
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(panel.model());
        QVERIFY(proxy);
        QAbstractItemModelTester shown(proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester source(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        auto m1 = tag(QStringLiteral("Macron"), 1, QStringLiteral("Person"));
        auto m2 = tag(QStringLiteral("Macron"), 2, QStringLiteral("Person"));
        QVERIFY(m1.ok() && m2.ok());
        auto a = createEntity(QStringLiteral("Macron"), QStringLiteral("Person"), {*m1});
        auto b = createEntity(QStringLiteral("Emmanuel Macron"), QStringLiteral("Person"), {*m2});
        QVERIFY(a.ok() && b.ok());
        panel.view()->expandAll();
        panel.view()->sortByColumn(EntitiesPanel::MentionsColumn, Qt::DescendingOrder);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("emm"));
        QVERIFY(m_session->annotator().mergeEntities(*b, *a).ok());
        panel.filterEdit()->clear();
        m_session->annotator().undoStack()->undo();
        QVERIFY(m_session->openArticleFile(m_dir.filePath(QStringLiteral("fr-98.txt"))).ok());
        QVERIFY(m_session->annotator().deleteEntity(*a).ok());
        m_session->annotator().undoStack()->undo();
        QCOMPARE(topLevelNames(panel).size(), 2);
    }
};

QTEST_MAIN(TestEntitiesPanel)
#include "tst_entitiespanel.moc"
