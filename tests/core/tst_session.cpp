// The Session headless: what the user's choices (tag a name, add a word,
// ignore a finding) do to the findings, and that they survive a reopen.

#include "annotator.h"
#include "projectstore.h"
#include "session.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Marginalia;

namespace {

const char *const ArticleText = "Le ministre Kowalczyk arrive\n\n"
                                "Le ministre Kowalczyk est arrivé hier. Kowalczyk a parlé avec l’OTANet les "
                                "alliés.\n\nfr-42\n";

bool hasFinding(const Session &session, const QString &text, FindingCategory category)
{
    return std::any_of(session.findings().cbegin(), session.findings().cend(),
                       [&](const Finding &f) { return f.text == text && f.category == category; });
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("fr-42.txt"));
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ArticleText);
    }

    void taggingANameRemovesItsFindings()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("tag.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
        const QString text = s.article().text;
        const qint64 start = text.indexOf(QStringLiteral("Kowalczyk"));
        QVERIFY(s.tag(start, start + 9, 1).ok()); // Person
        QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
        // Undoing the tag brings the note back.
        s.annotator().undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName), 30000);
    }

    void theProjectDictionaryIsKept()
    {
        const QString project = m_dir.filePath(QStringLiteral("dictionary.marginalia"));
        {
            auto session = Session::open(project);
            QVERIFY(session.ok());
            QVERIFY((*session)->openArticleFile(m_article).ok());
            QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                     30000);
            QVERIFY((*session)->addToDictionary(QStringLiteral("Kowalczyk")).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                     30000);
        }
        auto session = Session::open(project);
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords), 30000);
        QVERIFY(!hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName));
    }

    // A second window on the same project is refused with a message that
    // says where it is open; once the first closes, the project opens.
    void aSecondSessionOnTheSameProjectIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.marginalia"));
        {
            auto first = Session::open(path);
            QVERIFY(first.ok());
            auto second = Session::open(path);
            QVERIFY(!second.ok());
            QVERIFY2(second.error().contains(QStringLiteral("already open in another Marginalia window")),
                     qPrintable(second.error()));
            QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(second.error()));
        }
        QVERIFY(Session::open(path).ok());
    }

    // While one window writes, another may look: it reads the same work,
    // refuses every edit with a message, and writes nothing.
    void aReadOnlyViewBesideTheWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.marginalia"));
        auto writer = Session::open(path);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->openArticleFile(m_article).ok());
        QVERIFY((*writer)->tag(12, 21, 1).ok()); // "Kowalczyk"
        QVERIFY(Session::isOpenElsewhere(path));
        auto view = Session::openReadOnly(path);
        QVERIFY2(view.ok(), qPrintable(view.error()));
        QVERIFY((*view)->isReadOnly());
        QVERIFY((*view)->openInitialArticle().ok());
        QCOMPARE((*view)->annotations().size(), 1);
        QCOMPARE((*view)->annotations().first().quote, QStringLiteral("Kowalczyk"));
        const auto refused = (*view)->tag(0, 2, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
        QVERIFY(!(*view)->addToDictionary(QStringLiteral("Kowalczyk")).ok());
        QVERIFY(!(*view)->openArticleFile(m_article).ok());
        QCOMPARE((*view)->annotations().size(), 1);
        (*writer).reset();
        QVERIFY(!Session::isOpenElsewhere(path));
    }

    void ignoringAFindingIsUndoable()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("undo-ignore.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords), 30000);
        const auto merged = std::find_if(s.findings().cbegin(), s.findings().cend(),
                                         [](const Finding &f) { return f.text == u"OTANet"; });
        QVERIFY(s.ignoreFinding(*merged).ok());
        QVERIFY(!hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        s.annotator().undoStack()->undo();
        QVERIFY(hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        s.annotator().undoStack()->redo();
        QVERIFY(!hasFinding(s, QStringLiteral("OTANet"), FindingCategory::MergedWords));
    }

    // The file stops taking writes (as a full disk or a file made read-only
    // would): edits are not lost, they wait in memory, in order, with a clear
    // message, and are written once the file takes writes again.
    void editsThatCannotBeWrittenAreKeptAndRetried()
    {
        auto session = Session::open(m_dir.filePath(QStringLiteral("full.marginalia")));
        QVERIFY(session.ok());
        Session &s = **session;
        QVERIFY(s.openArticleFile(m_article).ok());
        QSignalSpy pending(&s, &Session::pendingEditsChanged);
        auto first = s.tag(0, 2, 3); // "Le" as a Location: saved
        QVERIFY(first.ok());
        QVERIFY(s.store().setQueryOnly(true).ok());
        auto tagged = s.tag(12, 21, 1);
        QVERIFY(!tagged.ok());
        QVERIFY2(tagged.error().contains(QStringLiteral("It is kept")), qPrintable(tagged.error()));
        auto removed = s.removeAnnotationsAt(0); // waits behind the tag
        QVERIFY(!removed.ok());
        QVERIFY(s.annotator().lastWriteFailed());
        QCOMPARE(s.pendingEdits(), 2); // the tag, then the removal, in that order
        QCOMPARE(pending.size(), 2);
        QCOMPARE(s.annotations().size(), 1);
        QCOMPARE(s.annotator().retryPending(), 2); // still refused
        // A finding accepted now would overtake the waiting changes: refused.
        Finding f;
        f.start = 12;
        f.end = 21;
        f.text = QStringLiteral("Kowalczyk");
        f.rule = QStringLiteral("spelling.unknown-word");
        const auto accepted = s.acceptFinding(f);
        QVERIFY(!accepted.ok());
        QVERIFY2(accepted.error().contains(QStringLiteral("not saved yet")), qPrintable(accepted.error()));
        QVERIFY(s.store().setQueryOnly(false).ok());
        QCOMPARE(s.annotator().retryPending(), 0);
        QCOMPARE(s.annotations().size(), 1);
        QCOMPARE(s.annotations().first().quote, QStringLiteral("Kowalczyk"));
        QCOMPARE(pending.last().at(0).toInt(), 0);
        // Written ones are undoable like any other.
        s.annotator().undoStack()->undo(); // the removal
        QCOMPARE(s.annotations().size(), 2);
        // An input error is not kept: it would never succeed.
        QVERIFY(!s.tag(5, 5, 1).ok());
        QCOMPARE(s.pendingEdits(), 0);
    }

    void anIgnoredFindingStaysIgnored()
    {
        const QString project = m_dir.filePath(QStringLiteral("ignore.marginalia"));
        {
            auto session = Session::open(project);
            QVERIFY(session.ok());
            QVERIFY((*session)->openArticleFile(m_article).ok());
            QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords),
                                     30000);
            const auto it = std::find_if((*session)->findings().cbegin(), (*session)->findings().cend(),
                                         [](const Finding &f) { return f.text == u"OTANet"; });
            QVERIFY((*session)->ignoreFinding(*it).ok());
            QVERIFY(!hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords));
        }
        auto session = Session::open(project);
        QVERIFY(session.ok());
        QVERIFY((*session)->openArticleFile(m_article).ok());
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(**session, QStringLiteral("Kowalczyk"), FindingCategory::UnknownName),
                                 30000);
        QVERIFY(!hasFinding(**session, QStringLiteral("OTANet"), FindingCategory::MergedWords));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
