// Every annotation change goes through Annotator and is undoable; the store
// always holds exactly what the undo stack says is applied.

#include "annotator.h"
#include "articleloader.h"
#include "projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestAnnotator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_articleId = 0;
    QString m_text;

    qsizetype storedCount()
    {
        auto list = m_store->annotations(m_articleId);
        return list.ok() ? list->size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = ProjectStore::open(
            m_dir.filePath(QStringLiteral("%1.marginalia").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(*store);
        Article article;
        article.text = QStringLiteral("Titre\n\nLe 🇺🇦 président Zelensky a parlé à Kyiv.\n");
        article.bodyLength = article.text.toUcs4().size();
        auto id = m_store->importArticle(article);
        QVERIFY(id.ok());
        m_articleId = *id;
        m_text = article.text;
    }

    void addComputesTheQuoteSelectorInCodePoints()
    {
        Annotator annotator(*m_store);
        QSignalSpy added(&annotator, &Annotator::annotationAdded);
        // "Zelensky" starts after the flag (2 code points, 4 UTF-16 units).
        const qint64 start = m_text.left(m_text.indexOf(QStringLiteral("Zelensky"))).toUcs4().size();
        auto id = annotator.addAnnotation(m_articleId, 1, start, start + 8);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(added.size(), 1);
        auto a = m_store->annotation(*id);
        QVERIFY(a.ok());
        QCOMPARE(a->quote, QStringLiteral("Zelensky"));
        QCOMPARE(a->prefix, QStringLiteral("Titre\n\nLe 🇺🇦 président "));
        QCOMPARE(a->suffix, QStringLiteral(" a parlé à Kyiv.\n"));
        QCOMPARE(annotator.undoStack()->count(), 1);
    }

    void undoAndRedoWriteThrough()
    {
        Annotator annotator(*m_store);
        auto id = annotator.addAnnotation(m_articleId, 3, 0, 5);
        QVERIFY(id.ok());
        QCOMPARE(storedCount(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->redo();
        QCOMPARE(storedCount(), 1);
        // Redo restores the same record, id included.
        auto again = m_store->annotation(*id);
        QVERIFY(again.ok());
        QCOMPARE(again->quote, QStringLiteral("Titre"));
    }

    void removeIsUndoable()
    {
        Annotator annotator(*m_store);
        auto id = annotator.addAnnotation(m_articleId, 2, 0, 5);
        QVERIFY(id.ok());
        QSignalSpy removed(&annotator, &Annotator::annotationRemoved);
        QVERIFY(annotator.removeAnnotation(*id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 1);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 0);
        annotator.undoStack()->redo();
        annotator.undoStack()->redo();
        QCOMPARE(storedCount(), 0);
    }

    void removingSeveralIsOneUndoStep()
    {
        Annotator annotator(*m_store);
        auto a = annotator.addAnnotation(m_articleId, 1, 0, 5);
        auto b = annotator.addAnnotation(m_articleId, 2, 2, 4); // nested
        QVERIFY(a.ok() && b.ok());
        QVERIFY(annotator.removeAnnotations({*a, *b}).ok());
        QCOMPARE(storedCount(), 0);
        QCOMPARE(annotator.undoStack()->count(), 3);
        annotator.undoStack()->undo();
        QCOMPARE(storedCount(), 2);
    }

    void rejectsSpansOutsideTheText()
    {
        Annotator annotator(*m_store);
        const qint64 length = m_text.toUcs4().size();
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, -1, 3).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 4, 4).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 5, 2).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 1, 0, length + 1).ok());
        QVERIFY(annotator.addAnnotation(m_articleId, 1, 0, length).ok());
        QVERIFY(!annotator.addAnnotation(m_articleId, 42, 0, 3).ok()); // no such label
        QVERIFY(!annotator.addAnnotation(m_articleId + 100, 1, 0, 3).ok());
        QCOMPARE(annotator.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotator)
#include "tst_annotator.moc"
