// `cmake --install` lays Marginalia out under a prefix as a desktop expects,
// the desktop files pass the freedesktop.org validators, and the installed
// programs find their translations, icon and samples from that prefix.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(QStringLiteral(MARGINALIA_CMAKE),
                                {QStringLiteral("--install"), QStringLiteral(MARGINALIA_BUILD_DIR),
                                 QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
    }

    void everythingIsWhereTheDesktopLooks_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {
                 "bin/marginalia",
                 "bin/marginalia-cli",
                 "share/applications/org.marginalia.Marginalia.desktop",
                 "share/metainfo/org.marginalia.Marginalia.metainfo.xml",
                 "share/mime/packages/org.marginalia.Marginalia.xml",
                 "share/icons/hicolor/scalable/apps/org.marginalia.Marginalia.svg",
                 "share/icons/hicolor/16x16/apps/org.marginalia.Marginalia.png",
                 "share/icons/hicolor/48x48/apps/org.marginalia.Marginalia.png",
                 "share/icons/hicolor/256x256/apps/org.marginalia.Marginalia.png",
                 "share/man/man1/marginalia.1",
                 "share/man/man1/marginalia-cli.1",
                 "share/marginalia/translations/marginalia_fr.qm",
                 "share/marginalia/translations/marginalia_uk.qm",
                 "share/marginalia/translations/marginalia_de.qm",
                 "share/marginalia/translations/marginalia_es.qm",
                 "share/marginalia/samples/fr-51.txt",
             })
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void everythingIsWhereTheDesktopLooks()
    {
        QFETCH(QString, path);
        QVERIFY2(QFile::exists(installed(path)), qPrintable(installed(path)));
        QVERIFY(QFileInfo(installed(path)).size() > 0);
    }

    void theIconIsRenderedAtEachSize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QImage png(
                installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/org.marginalia.Marginalia.png").arg(size)));
            QCOMPARE(png.size(), QSize(size, size));
        }
    }

    void desktopEntryAndMetainfoValidate()
    {
        const QString desktopValidate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (desktopValidate.isEmpty() || appstream.isEmpty())
            QSKIP("desktop-file-validate (desktop-file-utils) or appstreamcli (appstream) is not installed");
        const Run desktop =
            run(desktopValidate, {installed(QStringLiteral("share/applications/org.marginalia.Marginalia.desktop"))});
        QVERIFY2(desktop.exitCode == 0 && !desktop.out.contains(QLatin1String("error")),
                 qPrintable(desktop.out + desktop.err));
        const Run metainfo = run(appstream,
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  installed(QStringLiteral("share/metainfo/org.marginalia.Marginalia.metainfo.xml"))});
        QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.out + metainfo.err));
    }

    void manPagesFormatWithoutWarnings()
    {
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man (man-db) is not installed");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        for (const QString &page : {QStringLiteral("marginalia"), QStringLiteral("marginalia-cli")}) {
            const Run formatted = run(man,
                                      {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                       installed(QStringLiteral("share/man/man1/%1.1").arg(page))},
                                      env);
            QCOMPARE(formatted.exitCode, 0);
            QVERIFY2(formatted.err.isEmpty(), qPrintable(formatted.err));
            QVERIFY(formatted.out.contains(QStringLiteral("SYNOPSIS")));
        }
    }

    // The installed CLI, moved away from the build folder, checks the
    // installed sample and answers in French from the installed translation.
    void theInstalledProgramsRunFromThePrefix()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const QString cli = installed(QStringLiteral("bin/marginalia-cli"));
        const Run version = run(cli, {QStringLiteral("--version")}, env);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(MARGINALIA_VERSION)));
        const Run check =
            run(cli, {QStringLiteral("check"), installed(QStringLiteral("share/marginalia/samples/fr-51.txt"))}, env);
        QVERIFY2(check.exitCode == 0 || check.exitCode == 1, qPrintable(check.err)); // 1: it found problems
        QVERIFY(check.out.contains(QStringLiteral("toutesles")));

        const Run english = run(cli, {QStringLiteral("check"), QStringLiteral("--help")}, env);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        const Run french = run(cli, {QStringLiteral("check"), QStringLiteral("--help")}, env);
        QCOMPARE(french.exitCode, 0);
        // Marginalia's own words, not only Qt's ("Displays help…").
        const QString own = QStringLiteral("Check an article stored in this project.");
        QVERIFY(english.out.contains(own));
        QVERIFY2(!french.out.contains(own), "the installed CLI did not load its French translation");

        // The window's --version and --help answer without any display.
        for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(variable));
        const Run window = run(installed(QStringLiteral("bin/marginalia")), {QStringLiteral("--version")}, env);
        QVERIFY2(window.exitCode == 0, qPrintable(window.err));
        QCOMPARE(window.out.trimmed(), QStringLiteral("marginalia " MARGINALIA_VERSION));
        const Run help = run(installed(QStringLiteral("bin/marginalia")), {QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--project")));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
