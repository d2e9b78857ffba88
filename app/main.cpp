// Marginalia's window: parse the command line, open the project, show.

#include "appdirs.h"
#include "mainwindow.h"
#include "preferences.h"
#include "projectbackups.h"
#include "projectstore.h"
#include "session.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

namespace {

const QString AppId = QStringLiteral("org.marginalia.Marginalia");

// The icon from the icon theme when Marginalia is installed; else the
// hicolor files beside the program (the build folder's share/icons).
QIcon applicationIcon()
{
    QIcon icon = QIcon::fromTheme(AppId);
    if (!icon.isNull())
        return icon;
    const QDir hicolor(QApplication::applicationDirPath() + QStringLiteral("/../share/icons/hicolor"));
    for (const QString &size : hicolor.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString png = hicolor.filePath(size + QStringLiteral("/apps/") + AppId + QStringLiteral(".png"));
        if (QFileInfo::exists(png))
            icon.addFile(png);
    }
    return icon;
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("marginalia"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
}

// The command line: returns the --project option.
QCommandLineOption describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Read machine-translated news, see what the translation broke, annotate it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption project(QStringLiteral("project"),
                                     QCoreApplication::translate("main", "Project file (default: %1).")
                                         .arg(Marginalia::AppDirs::defaultProjectPath()),
                                     QStringLiteral("FILE"), Marginalia::AppDirs::defaultProjectPath());
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("article"),
                                 QCoreApplication::translate("main", "An article to open (.txt, .md, .html)."),
                                 QStringLiteral("[article]"));
    return project;
}

bool asksOnlyForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version answer in a terminal without a display (a
    // package script, a remote shell): no window system is needed for them.
    if (asksOnlyForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        Marginalia::Translations::install(app);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Marginalia"));
    Marginalia::Translations::install(app);
    // The desktop entry's name: the shell matches the window to its entry
    // (icon, name) by it.
    QGuiApplication::setDesktopFileName(AppId);
    QApplication::setWindowIcon(applicationIcon());

    // Before any window: the first call notes the platform's style.
    const Marginalia::Ui::Preferences preferences = Marginalia::Ui::Preferences::load();
    Marginalia::Ui::Theme::apply(preferences.theme);

    QCommandLineParser parser;
    const QCommandLineOption project = describe(parser);
    parser.process(app);

    const QString projectPath = parser.value(project);
    // Open elsewhere, or on read-only media: this window may look, not write.
    const bool elsewhere = Marginalia::Session::isOpenElsewhere(projectPath);
    const bool writable = Marginalia::ProjectStore::isWritable(projectPath);
    if (elsewhere || !writable) {
        const QString question = elsewhere
            ? QApplication::translate("main",
                                      "%1 is already open in another Marginalia window. Open it read-only here?")
            : QApplication::translate("main",
                                      "%1 cannot be written: the file or its folder is read-only. Open it "
                                      "read-only?");
        const auto answer = QMessageBox::question(nullptr, QStringLiteral("Marginalia"), question.arg(projectPath),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return 0;
    }
    auto session = elsewhere || !writable ? Marginalia::Session::openReadOnly(projectPath)
                                          : Marginalia::Session::open(projectPath);
    // A damaged project was moved aside: offer its newest backup.
    const QStringList backups = Marginalia::ProjectBackups::list(projectPath);
    if (!session && !QFileInfo::exists(projectPath) && !backups.isEmpty()) {
        const auto answer = QMessageBox::question(nullptr, QStringLiteral("Marginalia"),
                                                  session.error() + QStringLiteral("\n\n")
                                                      + QApplication::translate("main", "Open the newest backup?"),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (Marginalia::Status s = Marginalia::ProjectBackups::restore(backups.constFirst(), projectPath); !s)
                session = Marginalia::makeError(s.error());
            else
                session = Marginalia::Session::open(projectPath);
        }
    }
    if (!session) {
        QMessageBox::critical(nullptr, QStringLiteral("Marginalia"), session.error());
        return 1;
    }
    (*session)->setFallbackLanguage(preferences.spellLanguage); // before the first check
    const QStringList articles = parser.positionalArguments();
    Marginalia::Status opened;
    if (!articles.isEmpty()) {
        if (auto id = (*session)->openArticleFile(articles.constFirst()); !id)
            opened = Marginalia::makeError(id.error());
    }
    if (!(*session)->hasArticle()) {
        if (Marginalia::Status s = (*session)->openInitialArticle(); !s && opened.ok())
            opened = s;
    }

    Marginalia::Ui::MainWindow window(**session);
    window.applyPreferences(preferences);
    window.show();
    if (!opened)
        QMessageBox::warning(&window, QStringLiteral("Marginalia"), opened.error());
    for (const QString &warning : (*session)->startupWarnings())
        QMessageBox::warning(&window, QStringLiteral("Marginalia"), warning);
    return app.exec();
}
