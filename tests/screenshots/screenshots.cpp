// Takes the README and AppStream screenshots from the real window: a sample
// article of our own (resources/samples/fr-51.txt), tagged and checked the
// way a user would, each shot in the light and the dark theme. Run by
// scripts/screenshots.sh under Xvfb; writes PNG files to --output.

#include "articleview.h"
#include "exportdialog.h"
#include "findingcard.h"
#include "mainwindow.h"
#include "projectstore.h"
#include "session.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Marginalia;

namespace {

void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool waitFor(const std::function<bool()> &condition, int ms = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

qint64 codePoint(const QString &text, const QString &part, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(part, at + 1);
    return at < 0 ? -1 : text.left(at).toUcs4().size();
}

qint64 labelId(Session &s, const QString &name)
{
    for (const Label &l : s.labels()) {
        if (l.name == name)
            return l.id;
    }
    return 0;
}

bool tag(Session &s, const QString &part, const QString &label, int occurrence = 0)
{
    const qint64 start = codePoint(s.article().text, part, occurrence);
    auto tagged = start < 0 ? Result<qint64>(makeError(QStringLiteral("not in the text")))
                            : s.tag(start, start + part.toUcs4().size(), labelId(s, label));
    if (!tagged)
        std::fprintf(stderr, "cannot tag “%s” as %s: %s\n", qPrintable(part), qPrintable(label),
                     qPrintable(tagged.error()));
    return tagged.ok();
}

bool shoot(QWidget &window, const QString &path)
{
    settle(400);
    // From the screen, so that popups over the window (the finding card) are
    // in the picture; the window's own rendering where there is no screen.
    QPixmap shot =
        window.screen()->grabWindow(0, window.geometry().x(), window.geometry().y(), window.width(), window.height());
    if (shot.isNull() || QGuiApplication::platformName() != u"xcb")
        shot = window.grab();
    const bool saved = shot.save(path);
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no user settings read or written
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Folder for the PNG files."),
                                    QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("The article to show."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("Take the shots in this language (fr, uk…); the PNG names get "
                                                   "-<locale>. Default: English."),
                                    QStringLiteral("LOCALE"));
    parser.addOptions({output, sample, locale});
    parser.process(app);
    QString language;
    if (parser.isSet(locale)) {
        Translations::install(app, QLocale(parser.value(locale)));
        language = u'-' + parser.value(locale);
    }
    const QString article = parser.value(sample);
    if (article.isEmpty() || !QFile::exists(article)) {
        std::fprintf(stderr, "--sample FILE: the article to show\n");
        return 2;
    }
    QDir().mkpath(parser.value(output));
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/window.ini"));

    QTemporaryDir dir;
    auto session = Session::open(dir.filePath(QStringLiteral("screenshots.marginalia")));
    if (!session || !(*session)->openArticleFile(article)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(article));
        return 1;
    }
    Session &s = **session;
    if (!waitFor([&s] { return !s.findings().isEmpty() && s.suggestionsReady(); })) {
        std::fprintf(stderr, "the checker did not answer\n");
        return 1;
    }
    // What an annotator does in the first minutes on this article.
    bool ok = tag(s, QStringLiteral("Levan Tskhadaia"), QStringLiteral("Person"))
        && tag(s, QStringLiteral("Tskhadaia"), QStringLiteral("Person"), 1)
        && tag(s, QStringLiteral("Lendaris"), QStringLiteral("Organisation"))
        && tag(s, QStringLiteral("Brassenac"), QStringLiteral("Location"))
        && tag(s, QStringLiteral("Montvéran"), QStringLiteral("Location"), 2)
        && tag(s, QStringLiteral("le chantier aura finalement coûté 318\u00A0millions d’euros"),
               QStringLiteral("Claim"));
    for (const QString &word : {QStringLiteral("Duvernoya"), QStringLiteral("toutesles")}) {
        const auto f = std::find_if(s.findings().cbegin(), s.findings().cend(),
                                    [&word](const Finding &finding) { return finding.text == word; });
        ok = ok && f != s.findings().cend() && s.acceptFinding(*f).ok();
    }
    // The mayor's forecast, a claim with its claimant.
    ok = ok && tag(s, QStringLiteral("Hélène Duvernoy"), QStringLiteral("Person"), 1)
        && tag(s,
               QStringLiteral("Le tramway transportera 45\u00A0000 voyageurs par jour d’ici 2027 et réduira de "
                              "15\u00A0% la circulation automobile dans le centre"),
               QStringLiteral("Claim"));
    for (const Annotation &a : s.annotations()) {
        if (!ok || !a.quote.startsWith(QStringLiteral("Le tramway")))
            continue;
        Annotation claim = a;
        Claim details;
        for (const Annotation &m : s.annotations())
            details.claimantMention = m.quote.startsWith(QStringLiteral("Hélène")) ? m.id : details.claimantMention;
        details.kind = ClaimKind::Prediction;
        details.checkWorthiness = 3;
        claim.claim = details;
        ok = s.annotator().updateAnnotation(claim).ok();
    }
    // The two mentions of the engineer as one person.
    QList<qint64> mentions;
    for (const Annotation &a : s.annotations()) {
        if (a.quote.contains(QStringLiteral("Tskhadaia")))
            mentions << a.id;
    }
    Entity engineer;
    engineer.name = QStringLiteral("Levan Tskhadaia");
    engineer.labelId = labelId(s, QStringLiteral("Person"));
    engineer.aliases = {QStringLiteral("Tskhadaia")};
    ok = ok && mentions.size() == 2 && s.annotator().createEntity(engineer, mentions).ok();
    if (!ok) {
        std::fprintf(stderr, "the sample is not the one this script knows\n");
        return 1;
    }

    bool written = true;
    for (const auto theme : {Ui::Preferences::Theme::Light, Ui::Preferences::Theme::Dark}) {
        Ui::Theme::apply(theme);
        // Each window starts from the default layout, not the last one's.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                      + QStringLiteral("/window.ini"));
        const QString suffix = (theme == Ui::Preferences::Theme::Dark ? QStringLiteral("-dark") : QString()) + language;
        Ui::MainWindow window(s);
        window.resize(1280, 800);
        window.show();
        if (!waitFor([&window] { return window.isVisible(); }))
            return 1;
        settle(600);
        // The finding card of a merged acronym, over the Findings panel.
        window.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->raise();
        const qint64 merged = codePoint(s.article().text, QStringLiteral("SMTVLet"));
        window.articleView()->selectSpan(merged + 2, merged + 2);
        window.articleView()->setFocus();
        window.explainAtCaret();
        written = shoot(window, QDir(parser.value(output)).filePath(QStringLiteral("main-window%1.png").arg(suffix)))
            && written;
        for (const auto &[dock, name] : {std::pair{QStringLiteral("mqmDock"), QStringLiteral("mqm")},
                                         std::pair{QStringLiteral("entitiesDock"), QStringLiteral("entities")},
                                         std::pair{QStringLiteral("claimsDock"), QStringLiteral("claims")}}) {
            if (window.findingCard())
                window.findingCard()->hide();
            window.findChild<QDockWidget *>(dock)->raise();
            written = shoot(window, QDir(parser.value(output)).filePath(QStringLiteral("%1%2.png").arg(name, suffix)))
                && written;
        }
        // File ▸ Export with its preview.
        Ui::ExportDialog exportDialog(s, &window);
        if (auto *format = exportDialog.findChild<QComboBox *>())
            format->setCurrentIndex(std::max(0, format->findText(QStringLiteral("W3C"), Qt::MatchStartsWith)));
        exportDialog.show();
        settle(600);
        written = shoot(exportDialog, QDir(parser.value(output)).filePath(QStringLiteral("export%1.png").arg(suffix)))
            && written;
        exportDialog.close();
        window.close();
    }
    return written ? 0 : 1;
}
