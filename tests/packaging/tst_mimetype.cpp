// The project file's MIME type as the desktop sees it: the shared-mime-info
// entry in packaging/ is compiled with update-mime-database into a private
// data folder, and Qt's QMimeDatabase (what file managers and dialogs use)
// must recognise a real project by its extension and by its content.

#include "database.h"
#include "projectstore.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Marginalia;

class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        const QString program = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (program.isEmpty())
            QSKIP("update-mime-database (shared-mime-info) is not installed");
        QVERIFY(QDir().mkpath(m_data.filePath(QStringLiteral("mime/packages"))));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_PACKAGING_DIR "/org.marginalia.Marginalia.xml"),
                            m_data.filePath(QStringLiteral("mime/packages/org.marginalia.Marginalia.xml"))));
        // Installed, the entry is compiled into the system's one database
        // with freedesktop.org's; the test compiles the same pair (with two
        // separate databases, Qt 6.4 lets the system's SQLite rule win).
        const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
        if (!QFile::exists(system))
            QSKIP("shared-mime-info's freedesktop.org.xml is not installed");
        QVERIFY(QFile::copy(system, m_data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
        QProcess update;
        update.start(program, {m_data.filePath(QStringLiteral("mime"))});
        QVERIFY(update.waitForFinished(60000));
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        // Before QMimeDatabase is first used: it reads the data folders once.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_data.filePath(QStringLiteral("none"))));
    }

    void aProjectIsRecognisedByNameAndByContent()
    {
        const QString path = m_data.filePath(QStringLiteral("work.marginalia"));
        QVERIFY(ProjectStore::open(path).ok());
        const QString renamed = m_data.filePath(QStringLiteral("work-without-extension"));
        QVERIFY(QFile::copy(path, renamed));
        QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(path).name(), QStringLiteral("application/x-marginalia-project"));
        QCOMPARE(mime.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/x-marginalia-project"));
        QVERIFY(mime.mimeTypeForFile(path).inherits(QStringLiteral("application/vnd.sqlite3")));
    }

    void anotherSqliteFileIsNotAProject()
    {
        const QString path = m_data.filePath(QStringLiteral("other-db"));
        {
            auto db = Database::open(path, Database::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x)")).ok());
        }
        QMimeDatabase mime;
        QVERIFY(mime.mimeTypeForFile(path, QMimeDatabase::MatchContent).name()
                != QStringLiteral("application/x-marginalia-project"));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
