// How long the checker takes on one news article, with and without
// suggestions, on this build's spell backend. Uses ../shared/samples/fr-02.txt
// when present, else the bundled French sample.

#include "articleloader.h"
#include "benchharness.h"
#include "checker.h"
#include "spellbackend.h"

#include <QCoreApplication>
#include <QFile>

using namespace Marginalia;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(MARGINALIA_SHARED_DIR "/samples/fr-02.txt");
    if (!QFile::exists(path))
        path = QStringLiteral(":/marginalia/samples/fr-51.txt");
    auto article = ArticleLoader::loadFile(path);
    if (!article) {
        std::fprintf(stderr, "%s\n", qPrintable(article.error()));
        return 1;
    }
    auto backend = SpellBackends::create(article->language);
    if (!backend) {
        std::fprintf(stderr, "%s\n", qPrintable(backend.error()));
        return 1;
    }
    const QString name = (*backend)->backendName();
    Checker checker(std::move(*backend));

    Bench::printHeader(QStringLiteral("Checker on %1 (%2, %3)").arg(path, name, checker.backend().language()));
    const qsizetype findings = checker.check(*article).size();
    Bench::printRow(QStringLiteral("check, warm word cache"),
                    Bench::measure(50, [&] { (void)checker.check(*article); }),
                    QStringLiteral("%1 findings, %2 characters").arg(findings).arg(article->text.size()));
    Bench::printRow(QStringLiteral("check, cold backend + cache"),
                    Bench::measure(10,
                                   [&] {
                                       auto fresh = SpellBackends::create(article->language);
                                       Checker cold(std::move(*fresh));
                                       (void)cold.check(*article);
                                   }),
                    QStringLiteral("includes loading the dictionary"));
    Bench::printRow(QStringLiteral("check + all suggestions, cold"),
                    Bench::measure(3,
                                   [&] {
                                       auto fresh = SpellBackends::create(article->language);
                                       Checker cold(std::move(*fresh));
                                       Findings f = cold.check(*article);
                                       cold.fillSuggestions(f);
                                   }),
                    QStringLiteral("what marginalia-cli check does"));
    return 0;
}
