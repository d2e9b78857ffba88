// marginalia-crashwriter: the writer that tst_crash kills. It opens (or
// creates) a project, imports the fixture article when the project has none,
// then tags spans of that article for ever through Annotator, the API the
// window and the CLI use (one transaction and one undo command per tag).
//
// After each tag has been committed it prints "ack ID START END LABEL" and
// flushes stdout: that line promises the annotation is on disk. The test
// kills this process with SIGKILL at random moments and checks that every
// promised annotation is in the file, which must pass its integrity check.
//
// Usage: marginalia-crashwriter PROJECT FIXTURE.txt [SEED]

#include "annotator.h"
#include "articleloader.h"
#include "projectstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace Marginalia;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "marginalia-crashwriter: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: marginalia-crashwriter PROJECT FIXTURE.txt [SEED]"));

    auto store = ProjectStore::open(args.at(1));
    if (!store)
        return fail(store.error());
    Annotator annotator(**store);
    annotator.setAuthor(QStringLiteral("crashwriter"));

    auto articles = (*store)->articles();
    if (!articles)
        return fail(articles.error());
    qint64 articleId = 0;
    if (articles->isEmpty()) {
        auto article = ArticleLoader::loadFile(args.at(2));
        if (!article)
            return fail(article.error());
        auto imported = annotator.importArticle(*article);
        if (!imported)
            return fail(imported.error());
        articleId = imported->articleId;
    } else {
        articleId = articles->constFirst().id;
    }
    auto article = (*store)->article(articleId);
    if (!article)
        return fail(article.error());
    const qint64 length = article->text.toUcs4().size();
    if (length < 2 || length > 1000000)
        return fail(QStringLiteral("the fixture article must have 2 to 1000000 characters"));

    // Every label of the schema in turn: claims and MT errors write their
    // detail rows in the same transaction as the annotation.
    auto labels = (*store)->labels();
    if (!labels)
        return fail(labels.error());
    if (labels->isEmpty())
        return fail(QStringLiteral("the project has no labels"));

    QRandomGenerator random(args.size() > 3 ? args.at(3).toUInt() : QRandomGenerator::system()->generate());
    for (qsizetype n = 0;; ++n) {
        const qint64 start = random.bounded(int(length - 1));
        const qint64 end = start + 1 + random.bounded(int(std::min<qint64>(40, length - start)));
        const qint64 labelId = labels->at(n % labels->size()).id;
        auto id = annotator.addAnnotation(articleId, labelId, start, end);
        if (!id)
            return fail(id.error());
        // A change that could not be written waits in memory and is not
        // acknowledged (Annotator reports it as an error, checked here too).
        if (annotator.lastWriteFailed() || annotator.pendingCount() != 0)
            return fail(QStringLiteral("a change waits to be written"));
        std::printf("ack %lld %lld %lld %lld\n", static_cast<long long>(*id), static_cast<long long>(start),
                    static_cast<long long>(end), static_cast<long long>(labelId));
        std::fflush(stdout);
    }
}
