// The project file at scale: a generated project of 1,000 articles and
// 100,000 annotations. Prints how long it takes to open it and show an
// article, to add one annotation (committed, with its undo command), and to
// delete an entity with 1,000 mentions and undo that. Targets (issue 4):
// under 500 ms, under 5 ms at the 99th percentile, under 200 ms each.
//
//   bench_store [--project PATH]   (default: a temporary file; kept when given)

#include "annotator.h"
#include "benchharness.h"
#include "benchproject.h"
#include "projectstore.h"
#include "session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

#include <sqlite3.h>

using namespace Marginalia;

namespace {

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("Project file to use or make."),
                                           QStringLiteral("PATH"));
    parser.addOption(projectOption);
    parser.process(app);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(projectOption) ? parser.value(projectOption) : dir.filePath(QStringLiteral("bench.marginalia"));

    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto store = ProjectStore::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        if (Status s = BenchProject::generate(**store); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        std::printf("Generated %d articles, %d annotations, an entity with %d mentions in %.1f s (%.0f MB).\n",
                    BenchProject::Articles, BenchProject::Articles * BenchProject::AnnotationsPerArticle,
                    BenchProject::EntityMentions, timer.elapsed() / 1000.0, QFileInfo(path).size() / 1e6);
    }

    Bench::printHeader(QStringLiteral("Project store at scale (SQLite %1, WAL, synchronous=FULL)")
                           .arg(QString::fromLatin1(sqlite3_libversion())));
    {
        // The first open of the day also writes the daily backup.
        QElapsedTimer timer;
        timer.start();
        auto first = Session::open(path);
        if (!first)
            return 1;
        Bench::printRow(QStringLiteral("first open of the day (writes the daily backup)"),
                        {double(timer.elapsed()), double(timer.elapsed()), double(timer.elapsed()), 1});
    }
    // Sessions are closed after the timing: closing waits for the check
    // started in the background, which is not part of opening.
    std::vector<std::unique_ptr<Session>> opened;
    const Bench::Timing open = Bench::measure(5, [&] {
        auto session = Session::open(path);
        if (!session)
            return;
        (void)(*session)->showArticle(BenchProject::Articles / 2 + qint64(opened.size()));
        opened.push_back(std::move(*session));
    });
    opened.clear();
    Bench::printRow(
        QStringLiteral("open the project and show an article"), open,
        QStringLiteral("target < 500 ms; %1 annotations on the article").arg(BenchProject::AnnotationsPerArticle));

    auto store = ProjectStore::open(path);
    if (!store)
        return 1;
    Annotator annotator(**store);
    QList<double> adds;
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto id = annotator.addAnnotation(1 + i % BenchProject::Articles, 2, 5, 12);
        adds.append(timer.nsecsElapsed() / 1e6);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
    }
    Bench::printRow(QStringLiteral("add one annotation (committed, undoable)"),
                    {percentile(adds, 0.5), percentile(adds, 0.0), percentile(adds, 1.0), int(adds.size())},
                    QStringLiteral("p99 %1 ms, target < 5 ms").arg(percentile(adds, 0.99), 0, 'f', 2));

    QList<double> deletes;
    QList<double> undos;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = annotator.deleteEntity(1); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        deletes.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        annotator.undoStack()->undo();
        undos.append(timer.nsecsElapsed() / 1e6);
    }
    auto mentions = (*store)->mentions(1);
    Bench::printRow(QStringLiteral("delete an entity with %1 mentions").arg(BenchProject::EntityMentions),
                    {percentile(deletes, 0.5), percentile(deletes, 0.0), percentile(deletes, 1.0), 5},
                    QStringLiteral("target < 200 ms"));
    Bench::printRow(QStringLiteral("undo that"),
                    {percentile(undos, 0.5), percentile(undos, 0.0), percentile(undos, 1.0), 5},
                    QStringLiteral("target < 200 ms; %1 mentions linked again").arg(mentions ? mentions->size() : -1));
    return 0;
}
