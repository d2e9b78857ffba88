// How long the window is blocked while a long article opens and is checked.
// A 5 ms heartbeat timer records every gap in the event loop from the moment
// the article is opened until its findings are painted; the longest gap is
// the worst freeze a user would feel. Target (issue 3): under 50 ms for 1 MB.

#include "articleview.h"
#include "layerhighlighter.h"
#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Marginalia;

namespace {

QString buildArticle(qsizetype bytes)
{
    QFile sample(QStringLiteral(":/marginalia/samples/fr-51.txt"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(sample.readAll());
    const qsizetype bodyStart = text.indexOf(QStringLiteral("\n\n")) + 2;
    const QString body = text.mid(bodyStart, text.lastIndexOf(QStringLiteral("\n\nfr-51")) - bodyStart);
    QString article = QStringLiteral("Un long article de test\n\n");
    while (article.toUtf8().size() < bytes)
        article += body + QStringLiteral("\n\n");
    return article + QStringLiteral("fr-53\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const qsizetype sizes[] = {256 * 1024, 1024 * 1024};
    std::printf("\n## Longest event-loop stall while opening and checking an article (window shown)\n\n"
                "| article | findings painted | longest stall | findings |\n|---|---|---|---|\n");
    for (qsizetype size : sizes) {
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(size));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(buildArticle(size).toUtf8());
        file.close();

        auto session = Session::open(dir.filePath(QStringLiteral("bench-%1.marginalia").arg(size)));
        if (!session)
            return 1;
        Ui::MainWindow window(**session);
        window.show();
        QApplication::processEvents();

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        heartbeat.start();
        // Opening happens inside the event loop, as a menu action would.
        QTimer::singleShot(0, [&] { (void)(*session)->openArticleFile(path); });
        qint64 done = -1;
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (!(*session)->findings().isEmpty() && (*session)->suggestionsReady()
                && window.articleView()->highlighter()->isUpToDate() && done < 0) {
                done = clock.elapsed();
                app.quit();
            }
        });
        poll.start();
        QTimer::singleShot(120000, &app, &QApplication::quit);
        app.exec();
        heartbeat.stop();
        poll.stop();
        std::printf("| %lld KB | %lld ms | %lld ms | %lld |\n", static_cast<long long>(size / 1024),
                    static_cast<long long>(done), static_cast<long long>(worst),
                    static_cast<long long>((*session)->findings().size()));
    }
    return 0;
}
