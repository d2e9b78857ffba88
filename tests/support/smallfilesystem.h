#pragma once
// A small real file system for the tests that need a full disk or read-only
// media: a tmpfs of 2 MB mounted for one test and unmounted at its end. Mounting needs root;
// mounted() says whether it worked, and the test skips otherwise.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#include <unistd.h>

// A tmpfs of 2 MB mounted for one test, unmounted at the end of it.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(const QString &path)
        : m_path(path)
    {
        if (::geteuid() != 0 || !QDir().mkpath(path))
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=2m"), QStringLiteral("tmpfs"), path})
            == 0;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool mounted() const { return m_mounted; }
    QString path() const { return m_path; }
    // Writes a file until the file system has no byte left.
    bool fill()
    {
        QFile ballast(m_path + QStringLiteral("/ballast"));
        if (!ballast.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (ballast.write(block) == block.size() && ballast.flush()) { }
        const QByteArray byte(1, 'x');
        while (ballast.write(byte) == 1 && ballast.flush()) { }
        return true;
    }
    void empty() { QFile::remove(m_path + QStringLiteral("/ballast")); }
    // Mounts it again read-only, as read-only media or a write-protected
    // share: even root cannot write there then.
    bool makeReadOnly()
    {
        return m_mounted
            && QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path})
            == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
};
