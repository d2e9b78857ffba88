// WMT22 de-fr: 44 German news articles with a human French reference and six
// machine translations each, one segment a line (UTF-8, LF, no BOM, no
// trailing id line). The reference stands in for clean text: flags on it are
// mostly false positives. Each file is loaded the way the app loads it, so
// the first line is the article's title.

#include "evaldatasets.h"
#include "evalsupport.h"

#include "articleloader.h"
#include "textoffsets.h"
#include "tokenizer.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace Marginalia::Eval {

namespace {

struct TextSetScore {
    int documents = 0;
    qsizetype words = 0;
    int flags = 0;
    int baselineFlags = 0;
    CategoryCounts categories;
    QHash<QString, int> flaggedStrings; // "category “text”" -> count
};

// "x.ref.fr.txt" -> "reference", "x.hyp.Online-A.fr.txt" -> "Online-A"
QString textSetOf(const QString &fileName)
{
    static const QRegularExpression hyp(QStringLiteral("\\.hyp\\.(.+)\\.fr\\.txt$"));
    const auto m = hyp.match(fileName);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("reference");
}

QString perThousand(int count, qsizetype words)
{
    return words == 0 ? QStringLiteral("–") : QString::number(1000.0 * count / double(words), 'f', 2);
}

class WmtEval final
{
public:
    explicit WmtEval(Engines &engines)
        : m_engines(engines)
    {
    }

    Status score(const QString &path);
    void printRates() const;
    void printCategories() const;
    void printTopReferenceFlags() const;

private:
    Engines &m_engines;
    QMap<QString, TextSetScore> m_sets;
};

Status WmtEval::score(const QString &path)
{
    auto article = ArticleLoader::loadFile(path);
    if (!article)
        return makeError(article.error());
    const QString body = article->text.left(TextOffsets(article->text).toUtf16(article->bodyLength));
    TextSetScore &s = m_sets[textSetOf(path)];
    ++s.documents;
    s.words += Tokenizer::words(body).size();
    for (const Finding &f : m_engines.checker->check(*article)) {
        s.categories.add(f);
        if (!isFlag(f))
            continue;
        ++s.flags;
        ++s.flaggedStrings[QStringLiteral("%1 “%2”").arg(categoryId(f.category), cell(f.text))];
    }
    s.baselineFlags += int(m_engines.plain->flags(body).size());
    return {};
}

void WmtEval::printRates() const
{
    MarkdownTable table({QStringLiteral("text"), QStringLiteral("docs"), QStringLiteral("words"),
                         QStringLiteral("flags Marginalia"), QStringLiteral("per 1,000 words"),
                         QStringLiteral("flags plain Hunspell"), QStringLiteral("per 1,000 words"),
                         QStringLiteral("target"), QStringLiteral("verdict")});
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        const TextSetScore &s = *it;
        const bool isReference = it.key() == u"reference";
        const double rate = s.words == 0 ? 0.0 : 1000.0 * s.flags / double(s.words);
        table.addRow({isReference ? QStringLiteral("**reference**") : it.key(), QString::number(s.documents),
                      QString::number(s.words), QString::number(s.flags), perThousand(s.flags, s.words),
                      QString::number(s.baselineFlags), perThousand(s.baselineFlags, s.words),
                      isReference ? QStringLiteral("≤ 5") : QStringLiteral("–"),
                      !isReference ? QStringLiteral("–")
                                   : (rate <= 5.0 ? QStringLiteral("met") : QStringLiteral("**missed**"))});
    }
    table.print();
}

void WmtEval::printCategories() const
{
    QList<std::pair<QString, CategoryCounts>> sets;
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it)
        sets.append({it.key(), it->categories});
    printNote(QStringLiteral("Findings per category (flags; “+N info” counts info findings, which are not flags):"));
    printCategoryMatrix(QStringLiteral("category"), sets);
}

void WmtEval::printTopReferenceFlags() const
{
    const TextSetScore s = m_sets.value(QStringLiteral("reference"));
    QList<std::pair<QString, int>> top;
    for (auto it = s.flaggedStrings.cbegin(); it != s.flaggedStrings.cend(); ++it)
        top.append({it.key(), *it});
    std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    printNote(QStringLiteral("Most frequent flags on the references (of %1 distinct):").arg(top.size()));
    MarkdownTable table({QStringLiteral("flag"), QStringLiteral("count")});
    for (qsizetype i = 0; i < std::min<qsizetype>(top.size(), 25); ++i)
        table.addRow({top.at(i).first, QString::number(top.at(i).second)});
    table.print();
}

} // namespace

void runWmt()
{
    printHeading(QStringLiteral("WMT22 de-fr news (French references and MT outputs)"));
    const QDir docs(evalDir() + QStringLiteral("/wmt22-de-fr/docs"));
    const QStringList files = docs.entryList({QStringLiteral("*.fr.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return printSkipped(docs.path() + QStringLiteral(" has no *.fr.txt files."));
    auto engines = enginesFor(QStringLiteral("fr"));
    if (!engines)
        return printSkipped(engines.error());

    WmtEval eval(*engines);
    for (const QString &file : files) {
        const Status status = eval.score(docs.filePath(file));
        if (!status)
            printNote(QStringLiteral("%1: %2").arg(file, status.error()));
    }
    printNote(QStringLiteral("Checker::create(\"fr\") → %1; files loaded with ArticleLoader::loadFile. Words: "
                             "Tokenizer::words tokens of the body (numbers included). Flags: minor/major findings.")
                  .arg(engines->describe()));
    eval.printRates();
    eval.printCategories();
    eval.printTopReferenceFlags();
}

} // namespace Marginalia::Eval
