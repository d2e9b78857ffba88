// ../shared/samples/fr-02.txt, the article the project started from: every
// finding listed, so a rule change shows up line by line. Loaded with
// ArticleLoader so that the trailing "fr-02" line is not checked.

#include "evaldatasets.h"
#include "evalsupport.h"

#include "articleloader.h"

#include <QFileInfo>

namespace Marginalia::Eval {

void runSample()
{
    printHeading(QStringLiteral("Sample article fr-02 (French)"));
    const QString path = sharedDir() + QStringLiteral("/samples/fr-02.txt");
    if (!QFileInfo::exists(path))
        return printSkipped(path + QStringLiteral(" is missing."));
    auto article = ArticleLoader::loadFile(path);
    if (!article)
        return printSkipped(article.error());
    auto checker = Checker::create(QStringLiteral("fr"));
    if (!checker)
        return printSkipped(checker.error());

    Findings findings = (*checker)->check(*article);
    (*checker)->fillSuggestions(findings);
    CategoryCounts counts;
    counts.addAll(findings);
    printNote(QStringLiteral("Checker::create(\"fr\") → %1; %2 code points, body %3; %4 findings, %5 of them flags.")
                  .arg((*checker)->backend().language())
                  .arg(article->text.size())
                  .arg(article->bodyLength)
                  .arg(findings.size())
                  .arg(counts.totalFlags()));
    MarkdownTable table({QStringLiteral("#"), QStringLiteral("span"), QStringLiteral("category"),
                         QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("text"),
                         QStringLiteral("suggestions")});
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        table.addRow({QString::number(i + 1), QStringLiteral("%1–%2").arg(f.start).arg(f.end), categoryId(f.category),
                      severityId(f.severity), f.rule, cell(f.text), cell(f.suggestions.join(QStringLiteral(", ")))});
    }
    table.print();
    printCategoryMatrix(QStringLiteral("category"), {{QStringLiteral("fr-02"), counts}});
}

} // namespace Marginalia::Eval
