// The label schema: labels added, edited and removed through the Annotator
// (one undoable step each, written to the real project file), the rules a
// label must keep, the style each label is drawn with, and the step that
// takes a schema-3 project to schema 4 without touching the user's colours.

#include "annotator.h"
#include "database.h"
#include "projectbackups.h"
#include "projectschema.h"
#include "projectstore.h"
#include "session.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

namespace {

std::optional<Label> labelNamed(const QList<Label> &labels, const QString &name)
{
    for (const Label &l : labels) {
        if (l.name == name)
            return l;
    }
    return std::nullopt;
}

Label newLabel(const QString &name, LabelKind kind = LabelKind::Entity, const QString &hotkey = {})
{
    Label l;
    l.name = name;
    l.kind = kind;
    l.color = QColor(0x33, 0x66, 0x99);
    l.hotkey = hotkey;
    l.style = defaultLabelStyle(kind);
    return l;
}

// A project as the build before labels had styles wrote it: the schema
// steps 1 to 3 (steps are never edited, so this is that build's schema),
// with colours the user chose and work on it.
Status writeSchema3Project(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!db)
        return makeError(db.error());
    for (int version = 1; version <= 3; ++version) {
        if (Status s = db->exec(QString::fromUtf8(ProjectSchema::migrationTo(version))); !s)
            return s;
    }
    return db->exec(
        QStringLiteral(
            "PRAGMA application_id=%1; PRAGMA user_version=3;"
            "UPDATE label SET color = '#123456' WHERE name = 'Person';"
            "UPDATE label SET color = '#abcdef', hotkey = '' WHERE name = 'MT error';"
            "INSERT INTO label (name, kind, color, hotkey) VALUES ('Quote', 'claim', '#654321', '');"
            "INSERT INTO article (sha256, body_length, text, imported_at) VALUES ('x', 16, 'Petrenko parle.\n', "
            "'2024-01-01T00:00:00Z');"
            "INSERT INTO annotation (article_id, label_id, start, \"end\", quote, created, modified) VALUES (1, 1, 0, "
            "8, "
            "'Petrenko', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');")
            .arg(ProjectStore::ApplicationId));
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_articleId = 0;

    QString projectPath() const
    {
        // One file per test and data row.
        const QString name = QLatin1String(QTest::currentTestFunction()) + QLatin1String(QTest::currentDataTag());
        return m_dir.filePath(QString::number(qHash(name)) + QStringLiteral(".marginalia"));
    }

    QList<Label> labels()
    {
        auto all = m_store->labels();
        return all ? *all : QList<Label>();
    }

    std::optional<Label> label(const QString &name) { return labelNamed(labels(), name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto store = ProjectStore::open(projectPath());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);
        Article article;
        article.text = QStringLiteral("Titre\n\nPetrenko a parlé à Kyiv.\n");
        article.bodyLength = article.text.size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_articleId = *id;
    }

    void cleanup() { m_store.reset(); }

    void styleIdsAreStable()
    {
        const QList<std::pair<LabelStyle, QString>> ids{
            {LabelStyle::Fill, QStringLiteral("fill")},
            {LabelStyle::Underline, QStringLiteral("underline")},
            {LabelStyle::DashedUnderline, QStringLiteral("dashed-underline")},
            {LabelStyle::DottedUnderline, QStringLiteral("dotted-underline")},
            {LabelStyle::WavyUnderline, QStringLiteral("wavy-underline")},
            {LabelStyle::Box, QStringLiteral("box")},
        };
        for (const auto &[style, id] : ids) {
            QCOMPARE(labelStyleId(style), id);
            QCOMPARE(labelStyleFromId(id), style);
        }
        QCOMPARE(labelStyleFromId(QStringLiteral("sparkles")), std::nullopt);
    }

    // Entities and highlights filled, claims underlined, MT errors wavy; no
    // two fills share a colour (events used to be as yellow as highlights),
    // and the MT error line is not the red of a spelling finding.
    void aNewProjectHasStylesAndDistinctColours()
    {
        const QList<Label> all = labels();
        QCOMPARE(all.size(), 10);
        QSet<QString> fillColours;
        for (const Label &l : all) {
            QCOMPARE(l.style, defaultLabelStyle(l.kind));
            if (l.style == LabelStyle::Fill) {
                QVERIFY2(!fillColours.contains(l.color.name()), qPrintable(l.name));
                fillColours.insert(l.color.name());
            }
        }
        QCOMPARE(fillColours.size(), 8);
        QCOMPARE(label(QStringLiteral("Claim"))->style, LabelStyle::Underline);
        QCOMPARE(label(QStringLiteral("MT error"))->style, LabelStyle::WavyUnderline);
        QCOMPARE(label(QStringLiteral("MT error"))->color, QColor(0xe6, 0x9f, 0x00));
        QCOMPARE(label(QStringLiteral("Event"))->color, QColor(0xcc, 0x79, 0xa7));
        QCOMPARE(label(QStringLiteral("Highlight"))->color, QColor(0xf0, 0xe4, 0x42));
        QCOMPARE(label(QStringLiteral("Person"))->color, QColor(0x56, 0xb4, 0xe9));
    }

    void addUndoRedo()
    {
        Annotator annotator(*m_store);
        QSignalSpy changed(&annotator, &Annotator::labelsChanged);
        Label draft = newLabel(QStringLiteral("  Weapon  "));
        draft.style = LabelStyle::DashedUnderline;
        auto id = annotator.addLabel(draft);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(changed.size(), 1);
        auto added = label(QStringLiteral("Weapon")); // trimmed
        QVERIFY(added);
        QCOMPARE(added->id, *id);
        QCOMPARE(added->style, LabelStyle::DashedUnderline);
        QCOMPARE(added->color, QColor(0x33, 0x66, 0x99));
        QCOMPARE(annotator.undoStack()->undoText(), QStringLiteral("Add label “Weapon”"));

        annotator.undoStack()->undo();
        QVERIFY(!label(QStringLiteral("Weapon")));
        QCOMPARE(changed.size(), 2);
        annotator.undoStack()->redo();
        QCOMPARE(label(QStringLiteral("Weapon")), added); // the same id and fields
        QCOMPARE(changed.size(), 3);
        // It can be used at once.
        QVERIFY(annotator.addAnnotation(m_articleId, *id, 7, 15).ok());
    }

    void updateUndoRedo()
    {
        Annotator annotator(*m_store);
        const Label before = *label(QStringLiteral("Location"));
        Label after = before;
        after.name = QStringLiteral("Place");
        after.color = QColor(QStringLiteral("#0072b2"));
        after.style = LabelStyle::Box;
        QVERIFY(annotator.updateLabel(after).ok());
        QCOMPARE(label(QStringLiteral("Place")), after);
        QVERIFY(!label(QStringLiteral("Location")));
        annotator.undoStack()->undo();
        QCOMPARE(label(QStringLiteral("Location")), before);
        annotator.undoStack()->redo();
        QCOMPARE(label(QStringLiteral("Place")), after);
        // Saving a label as it is changes nothing and is not an undo step.
        const int steps = annotator.undoStack()->count();
        QVERIFY(annotator.updateLabel(after).ok());
        QCOMPARE(annotator.undoStack()->count(), steps);
    }

    void removeUndoRedo()
    {
        Annotator annotator(*m_store);
        const Label highlight = *label(QStringLiteral("Highlight"));
        QVERIFY(annotator.removeLabel(highlight.id).ok());
        QVERIFY(!label(QStringLiteral("Highlight")));
        QCOMPARE(labels().size(), 9);
        annotator.undoStack()->undo();
        QCOMPARE(label(QStringLiteral("Highlight")), highlight); // its id, so old exports still match
        annotator.undoStack()->redo();
        QVERIFY(!label(QStringLiteral("Highlight")));
    }

    void aTakenHotkeyMovesInOneStep()
    {
        Annotator annotator(*m_store);
        QCOMPARE(label(QStringLiteral("Person"))->hotkey, QStringLiteral("1"));
        Label other = *label(QStringLiteral("Other"));
        QCOMPARE(other.hotkey, QString());
        other.hotkey = QStringLiteral("1");
        QVERIFY(annotator.updateLabel(other).ok());
        QCOMPARE(label(QStringLiteral("Other"))->hotkey, QStringLiteral("1"));
        QCOMPARE(label(QStringLiteral("Person"))->hotkey, QString());
        QCOMPARE(annotator.undoStack()->count(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(label(QStringLiteral("Other"))->hotkey, QString());
        QCOMPARE(label(QStringLiteral("Person"))->hotkey, QStringLiteral("1"));
        // A new label may take a key too.
        QVERIFY(annotator.addLabel(newLabel(QStringLiteral("Weapon"), LabelKind::Entity, QStringLiteral("2"))).ok());
        QCOMPARE(label(QStringLiteral("Organisation"))->hotkey, QString());
        annotator.undoStack()->undo();
        QCOMPARE(label(QStringLiteral("Organisation"))->hotkey, QStringLiteral("2"));
        QVERIFY(!label(QStringLiteral("Weapon")));
    }

    void invalidLabelsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hotkey");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QString>("message");
        const QColor blue(0x33, 0x66, 0x99);
        QTest::newRow("no name") << QStringLiteral("   ") << QString() << blue << QStringLiteral("needs a name");
        QTest::newRow("same name, other case")
            << QStringLiteral("person") << QString() << blue << QStringLiteral("already a label named “Person”");
        QTest::newRow("key 0") << QStringLiteral("A") << QStringLiteral("0") << blue << QStringLiteral("1 to 9");
        QTest::newRow("key 10") << QStringLiteral("A") << QStringLiteral("10") << blue << QStringLiteral("1 to 9");
        QTest::newRow("key a") << QStringLiteral("A") << QStringLiteral("a") << blue << QStringLiteral("1 to 9");
        QTest::newRow("no colour") << QStringLiteral("A") << QString() << QColor() << QStringLiteral("colour");
    }

    void invalidLabelsAreRefusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, hotkey);
        QFETCH(QColor, color);
        QFETCH(QString, message);
        Annotator annotator(*m_store);
        Label draft = newLabel(name, LabelKind::Entity, hotkey);
        draft.color = color;
        auto added = annotator.addLabel(draft);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(message), qPrintable(added.error()));
        // The same rules hold for an edit.
        QVERIFY(label(QStringLiteral("Date")));
        Label edited = *label(QStringLiteral("Date"));
        edited.name = name;
        edited.hotkey = hotkey;
        edited.color = color;
        const Status updated = annotator.updateLabel(edited);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().contains(message), qPrintable(updated.error()));
        QCOMPARE(labels().size(), 10);
        QCOMPARE(annotator.undoStack()->count(), 0);
        // Renaming a label to itself in another case is not a clash.
        Label recased = *label(QStringLiteral("Date"));
        recased.name = QStringLiteral("DATE");
        QVERIFY(annotator.updateLabel(recased).ok());
    }

    void aLabelInUseKeepsItsKindAndCannotGo()
    {
        Annotator annotator(*m_store);
        const Label person = *label(QStringLiteral("Person"));
        QVERIFY(annotator.addAnnotation(m_articleId, person.id, 7, 15).ok()); // Petrenko
        QVERIFY(annotator.addAnnotation(m_articleId, person.id, 26, 30).ok()); // Kyiv
        const int steps = annotator.undoStack()->count();

        const Status removed = annotator.removeLabel(person.id);
        QVERIFY(!removed.ok());
        QVERIFY2(removed.error().contains(QStringLiteral("“Person” cannot be removed: 2 annotation")),
                 qPrintable(removed.error()));
        Label claim = person;
        claim.kind = LabelKind::Claim;
        const Status rekinded = annotator.updateLabel(claim);
        QVERIFY(!rekinded.ok());
        QVERIFY2(rekinded.error().contains(QStringLiteral("kind of “Person” cannot change while 2 annotation")),
                 qPrintable(rekinded.error()));
        QCOMPARE(label(QStringLiteral("Person")), person);
        QCOMPARE(annotator.undoStack()->count(), steps);
        // Everything else may change while it is used.
        Label restyled = person;
        restyled.style = LabelStyle::Underline;
        restyled.name = QStringLiteral("People");
        QVERIFY(annotator.updateLabel(restyled).ok());

        // An entity's type holds its label too.
        const Label organisation = *label(QStringLiteral("Organisation"));
        Entity otan;
        otan.name = QStringLiteral("OTAN");
        otan.labelId = organisation.id;
        QVERIFY(annotator.createEntity(otan).ok());
        const Status typeRemoved = annotator.removeLabel(organisation.id);
        QVERIFY(!typeRemoved.ok());
        QVERIFY2(typeRemoved.error().contains(QStringLiteral("type of 1 entit")), qPrintable(typeRemoved.error()));
        Label highlight = organisation;
        highlight.kind = LabelKind::Highlight;
        QVERIFY(!annotator.updateLabel(highlight).ok());

        // Once unused, the kind may change and the label may go.
        annotator.undoStack()->setIndex(0);
        QVERIFY(annotator.updateLabel(claim).ok());
        QCOMPARE(label(QStringLiteral("Person"))->kind, LabelKind::Claim);
        QVERIFY(annotator.removeLabel(person.id).ok());
    }

    // A change the file does not take waits in order and is written by the
    // retry, like any edit.
    void aLabelChangeWaitsWhileTheFileRefusesWrites()
    {
        Annotator annotator(*m_store);
        QVERIFY(m_store->setQueryOnly(true).ok());
        auto added = annotator.addLabel(newLabel(QStringLiteral("Weapon")));
        QVERIFY(!added.ok());
        QVERIFY(annotator.lastWriteFailed());
        QVERIFY(!label(QStringLiteral("Weapon")));
        QVERIFY(m_store->setQueryOnly(false).ok());
        QCOMPARE(annotator.retryPending(), 0);
        QVERIFY(label(QStringLiteral("Weapon")));
        annotator.undoStack()->undo();
        QVERIFY(!label(QStringLiteral("Weapon")));
    }

    void labelsPersistAcrossReopen()
    {
        const QString path = projectPath();
        Label saved;
        {
            Annotator annotator(*m_store);
            Label draft = newLabel(QStringLiteral("Weapon"), LabelKind::Highlight, QStringLiteral("9"));
            draft.style = LabelStyle::DottedUnderline;
            auto id = annotator.addLabel(draft);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            saved = *label(QStringLiteral("Weapon"));
        }
        m_store.reset();
        auto reopened = ProjectStore::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        m_store = std::move(*reopened);
        QCOMPARE(label(QStringLiteral("Weapon")), saved);
        QCOMPARE(saved.style, LabelStyle::DottedUnderline);
        QCOMPARE(saved.kind, LabelKind::Highlight);
        QCOMPARE(saved.hotkey, QStringLiteral("9"));
        QCOMPARE(label(QStringLiteral("Highlight"))->hotkey, QString()); // gave its key away
    }

    // The session holds the new schema at once and tells the views, which
    // draw the annotations again.
    void theSessionFollowsTheSchema()
    {
        m_store.reset();
        auto session = Session::open(m_dir.filePath(QStringLiteral("session.marginalia")));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        QSignalSpy labelsChanged(session->get(), &Session::labelsChanged);
        QSignalSpy annotationsChanged(session->get(), &Session::annotationsChanged);
        Label draft = newLabel(QStringLiteral("Weapon"));
        QVERIFY((*session)->annotator().addLabel(draft).ok());
        QCOMPARE(labelsChanged.size(), 1);
        QCOMPARE(annotationsChanged.size(), 1);
        QVERIFY(labelNamed((*session)->labels(), QStringLiteral("Weapon")));
        (*session)->annotator().undoStack()->undo();
        QCOMPARE(labelsChanged.size(), 2);
        QVERIFY(!labelNamed((*session)->labels(), QStringLiteral("Weapon")));
    }

    // A schema-3 file keeps its colours, including ones that are no longer
    // the defaults, and gains a style by kind; a checked backup of the old
    // file comes first.
    void aSchema3ProjectGainsStylesAndKeepsItsColours()
    {
        m_store.reset();
        const QString path = m_dir.filePath(QStringLiteral("schema3.marginalia"));
        QVERIFY2(writeSchema3Project(path).ok(), "could not write the schema-3 fixture");
        auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);

        const QList<Label> all = labels();
        QCOMPARE(all.size(), 11);
        QCOMPARE(label(QStringLiteral("Person"))->color, QColor(QStringLiteral("#123456")));
        QCOMPARE(label(QStringLiteral("Person"))->style, LabelStyle::Fill);
        QCOMPARE(label(QStringLiteral("MT error"))->color, QColor(QStringLiteral("#abcdef")));
        QCOMPARE(label(QStringLiteral("MT error"))->style, LabelStyle::WavyUnderline);
        QCOMPARE(label(QStringLiteral("Quote"))->style, LabelStyle::Underline);
        QCOMPARE(label(QStringLiteral("Claim"))->style, LabelStyle::Underline);
        // Old defaults stay: only new projects get the new colours.
        QCOMPARE(label(QStringLiteral("Event"))->color, QColor(QStringLiteral("#f0e442")));
        QCOMPARE(label(QStringLiteral("Highlight"))->color, QColor(QStringLiteral("#ffd92f")));
        auto annotations = m_store->annotations(1);
        QVERIFY(annotations.ok());
        QCOMPARE(annotations->size(), 1);
        QCOMPARE(annotations->first().quote, QStringLiteral("Petrenko"));

        const QStringList backups = ProjectBackups::list(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(backups.first().endsWith(QStringLiteral("-before-schema-4.marginalia")), qPrintable(backups.first()));
        auto backup = Database::open(backups.first(), Database::Mode::ReadOnly);
        QVERIFY(backup.ok());
        QCOMPARE(*backup->scalar(QStringLiteral("PRAGMA user_version")), 3);
        QCOMPARE(*backup->scalar(QStringLiteral("SELECT count(*) FROM label")), 11);

        // The new column works and its check refuses an unknown style.
        Annotator annotator(*m_store);
        Label boxed = *label(QStringLiteral("Quote"));
        boxed.style = LabelStyle::Box;
        QVERIFY(annotator.updateLabel(boxed).ok());
        auto db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QCOMPARE(*db->scalar(QStringLiteral("PRAGMA user_version")), qint64(ProjectStore::SchemaVersion));
        QVERIFY(!db->exec(QStringLiteral("UPDATE label SET style = 'sparkles' WHERE name = 'Quote'")).ok());
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
