// The project file at scale: a generated project of 1,000 articles and
// 100,000 annotations. Prints how long it takes to open it and show an
// article, to add one annotation (committed, with its undo command), and to
// delete an entity with 1,000 mentions and undo that. Targets (issue 4):
// under 500 ms, under 5 ms at the 99th percentile, under 200 ms each.
//
//   bench_store [--project PATH]   (default: a temporary file; kept when given)

#include "annotator.h"
#include "benchharness.h"
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

constexpr int Articles = 1000;
constexpr int AnnotationsPerArticle = 100;
constexpr int EntityMentions = 1000;

const QStringList Words = {
    QStringLiteral("le"),      QStringLiteral("ministre"), QStringLiteral("a"),        QStringLiteral("déclaré"),
    QStringLiteral("que"),     QStringLiteral("la"),       QStringLiteral("guerre"),   QStringLiteral("en"),
    QStringLiteral("Ukraine"), QStringLiteral("durera"),   QStringLiteral("encore"),   QStringLiteral("des"),
    QStringLiteral("mois"),    QStringLiteral("selon"),    QStringLiteral("Zelensky"), QStringLiteral("alliés"),
    QStringLiteral("OTAN"),    QStringLiteral("sommet"),   QStringLiteral("Kyiv"),     QStringLiteral("soutien"),
};

QString articleText(int index, QRandomGenerator &random)
{
    QString text = QStringLiteral("Article %1\n\n").arg(index);
    for (int sentence = 0; sentence < 40; ++sentence) {
        for (int w = 0; w < 12; ++w)
            text += Words.at(random.bounded(Words.size())) + u' ';
        text += QStringLiteral("Zelensky.\n");
    }
    return text;
}

// Writes the project straight through the store in large transactions:
// generating it is not what is measured.
Status generate(ProjectStore &store)
{
    QRandomGenerator random(20261128);
    qint64 entityId = 0;
    int mentions = 0;
    return store.inTransaction([&]() -> Status {
        auto entity = store.putEntity({0, QStringLiteral("Volodymyr Zelensky"), 1, {}, {}, {}, {}, {}});
        if (!entity)
            return makeError(entity.error());
        entityId = *entity;
        for (int i = 0; i < Articles; ++i) {
            Article article;
            article.text = articleText(i, random);
            article.bodyLength = article.text.size();
            article.title = QStringLiteral("Article %1").arg(i);
            auto id = store.importArticle(article);
            if (!id)
                return makeError(id.error());
            const qsizetype zelensky = article.text.indexOf(QStringLiteral("Zelensky."));
            for (int n = 0; n < AnnotationsPerArticle; ++n) {
                Annotation a;
                a.articleId = *id;
                a.labelId = 1 + n % 3;
                a.start = 20 + n * 25;
                a.end = a.start + 8;
                a.quote = article.text.mid(a.start, 8);
                if (n == 0 && mentions < EntityMentions) {
                    a.start = zelensky;
                    a.end = zelensky + 8;
                    a.quote = QStringLiteral("Zelensky");
                    a.entityId = entityId;
                    ++mentions;
                }
                if (auto stored = store.insertAnnotation(a); !stored)
                    return makeError(stored.error());
            }
        }
        return {};
    });
}

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
        if (Status s = generate(**store); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        std::printf("Generated %d articles, %d annotations, an entity with %d mentions in %.1f s (%.0f MB).\n",
                    Articles, Articles * AnnotationsPerArticle, EntityMentions, timer.elapsed() / 1000.0,
                    QFileInfo(path).size() / 1e6);
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
        (void)(*session)->showArticle(Articles / 2 + qint64(opened.size()));
        opened.push_back(std::move(*session));
    });
    opened.clear();
    Bench::printRow(QStringLiteral("open the project and show an article"), open,
                    QStringLiteral("target < 500 ms; %1 annotations on the article").arg(AnnotationsPerArticle));

    auto store = ProjectStore::open(path);
    if (!store)
        return 1;
    Annotator annotator(**store);
    QList<double> adds;
    for (int i = 0; i < 500; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto id = annotator.addAnnotation(1 + i % Articles, 2, 5, 12);
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
    Bench::printRow(QStringLiteral("delete an entity with %1 mentions").arg(EntityMentions),
                    {percentile(deletes, 0.5), percentile(deletes, 0.0), percentile(deletes, 1.0), 5},
                    QStringLiteral("target < 200 ms"));
    Bench::printRow(QStringLiteral("undo that"),
                    {percentile(undos, 0.5), percentile(undos, 0.0), percentile(undos, 1.0), 5},
                    QStringLiteral("target < 200 ms; %1 mentions linked again").arg(mentions ? mentions->size() : -1));
    return 0;
}
