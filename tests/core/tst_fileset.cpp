// The files of one export are written together: none is in place before
// commit(), none is left half-written or hidden after a failure, and they
// get the permissions any new file gets.

#include "exchange/fileset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Marginalia;
using namespace Marginalia::Exchange;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Everything in the folder, hidden files included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestFileSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesArriveTogetherAtCommit()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a.ann")), "old a"));
        FileSet files;
        QVERIFY(files.add(dir.filePath(QStringLiteral("a.ann")), "new a").ok());
        QVERIFY(files.add(dir.filePath(QStringLiteral("b.ann")), "new b").ok());
        // Before commit: the old file as it was, the new one not there.
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("a.ann"))), QByteArray("old a"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.ann"))));
        QVERIFY(files.commit().ok());
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("a.ann"))), QByteArray("new a"));
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("b.ann"))), QByteArray("new b"));
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("a.ann"), QStringLiteral("b.ann")}));
    }

    void anAbandonedSetLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a.ann")), "old a"));
        {
            FileSet files;
            QVERIFY(files.add(dir.filePath(QStringLiteral("a.ann")), "new a").ok());
            QVERIFY(files.add(dir.filePath(QStringLiteral("b.ann")), "new b").ok());
            QCOMPARE(entries(dir.path()).size(), 3); // a.ann and two hidden parts
        }
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("a.ann")});
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("a.ann"))), QByteArray("old a"));
    }

    void aPathThatCannotBeWrittenIsNamedAndNothingIsReplaced()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("a.ann")), "old a"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("b.ann")));
        FileSet files;
        QVERIFY(files.add(dir.filePath(QStringLiteral("a.ann")), "new a").ok());
        const Status refused = files.add(dir.filePath(QStringLiteral("b.ann")), "new b");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(dir.filePath(QStringLiteral("b.ann"))), qPrintable(refused.error()));
        const Status missing = files.add(dir.filePath(QStringLiteral("no/such/folder/c.ann")), "c");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("c.ann")));
    }

    void aFailedSyncLeavesTheOldFiles()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("b.ann")), "old b"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        FileSet files;
        QVERIFY(files.add(dir.filePath(QStringLiteral("sub/a.ann")), "new a").ok());
        QVERIFY(files.add(dir.filePath(QStringLiteral("b.ann")), "new b").ok());
        // The first file's folder goes away between add() and commit().
        QVERIFY(QDir(dir.filePath(QStringLiteral("sub"))).removeRecursively());
        const Status s = files.commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("a.ann")), qPrintable(s.error()));
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("b.ann"))), QByteArray("old b"));
        QCOMPARE(entries(dir.path()).join(u' '), QStringLiteral("b.ann"));
    }

    // A rename that fails after the sync: the files before it are in place
    // (each whole), the rest are removed, and the error names the file.
    void aFailedRenameLeavesNoPartBehind()
    {
        QTemporaryDir dir;
        FileSet files;
        QVERIFY(files.add(dir.filePath(QStringLiteral("a.ann")), "new a").ok());
        QVERIFY(files.add(dir.filePath(QStringLiteral("c.ann")), "new c").ok());
        QVERIFY(files.add(dir.filePath(QStringLiteral("d.ann")), "new d").ok());
        // c.ann becomes a folder with something in it: no file can replace it.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("c.ann/inside")));
        const Status s = files.commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("c.ann")), qPrintable(s.error()));
        QCOMPARE(contentsOf(dir.filePath(QStringLiteral("a.ann"))), QByteArray("new a"));
        QCOMPARE(entries(dir.path()).join(u' '), QStringLiteral("a.ann c.ann"));
    }

    void newFilesGetTheUsualPermissions()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(022);
        FileSet files;
        const Status added = files.add(dir.filePath(QStringLiteral("a.txt")), "text");
        ::umask(previous);
        QVERIFY(added.ok());
        QVERIFY(files.commit().ok());
        struct stat info {
        };
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("a.txt"))).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0644));
    }
};

QTEST_GUILESS_MAIN(TestFileSet)
#include "tst_fileset.moc"
