#include "clicommands.h"
#include "trtext.h"

#include "annotator.h"
#include "articleloader.h"
#include "checker.h"
#include "checkreport.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "languageguess.h"
#include "projectstore.h"
#include "spellbackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Marginalia::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "marginalia-cli: " << message << Qt::endl;
    return UsageError;
}

// The commands, their syntax (not translated: it is what is typed) and what
// they do (translated).
QString usage()
{
    const auto entry = [](const char *syntax, const QString &what) {
        return QStringLiteral("\n  %1\n      %2").arg(QLatin1String(syntax), what);
    };
    return CliText::tr("Commands:")
        + entry("check [--lang LANG] [--format text|json] [--no-suggestions] [--strict-typography] FILE...",
                CliText::tr("Check articles for machine-translation damage."))
        + entry("check --project FILE --document ID [--format text|json] [--no-suggestions]",
                CliText::tr("Check an article stored in a project."))
        + entry("import --project FILE [--format FORMAT [--partial]] PATH...",
                CliText::tr("Add articles to a project; a new version of a stored one re-anchors its annotations."))
        + entry("list --project FILE", CliText::tr("The project's articles with their annotations per label."))
        + entry("export --project FILE [--format FORMAT] [--document ID]... [--labels NAMES] --output PATH",
                CliText::tr("Write a project's annotations."))
        + entry("backend", CliText::tr("Print the spell backend and its dictionaries."));
}

Result<std::unique_ptr<ProjectStore>> openExisting(const QString &path)
{
    if (path.isEmpty())
        return makeError(CliText::tr("--project FILE is needed"));
    if (!QFileInfo::exists(path))
        return makeError(CliText::tr("%1 does not exist").arg(path));
    // Reading needs no write access: a project on read-only media is listed,
    // checked and exported as it is.
    return ProjectStore::open(
        path, ProjectStore::isWritable(path) ? ProjectStore::Access::ReadWrite : ProjectStore::Access::ReadOnly);
}

// The article `id` (document id or number) of a project, as the checker
// wants it.
Result<Article> storedArticle(const QString &projectPath, const QString &id)
{
    auto store = openExisting(projectPath);
    if (!store)
        return makeError(store.error());
    auto articles = (*store)->articles();
    if (!articles)
        return makeError(articles.error());
    for (const StoredArticle &a : std::as_const(*articles)) {
        if (a.documentId != id && QString::number(a.id) != id)
            continue;
        auto full = (*store)->article(a.id);
        if (!full)
            return makeError(full.error());
        Article article;
        article.text = full->text;
        article.title = full->title;
        article.language = full->language;
        article.documentId = full->documentId;
        article.sourcePath = full->sourcePath;
        article.sourceFormat = full->sourceFormat;
        article.bodyLength = full->bodyLength;
        return article;
    }
    return makeError(CliText::tr("%1 has no article %2 (see marginalia-cli list)").arg(projectPath, id));
}

int importArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Add articles to a project, or new versions of stored ones."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), CliText::tr("The project file (created if missing)."),
                                     QStringLiteral("FILE"));
    QStringList importable;
    for (const Exchange::FormatInfo &f : Exchange::formats()) {
        if (f.importable)
            importable << f.name;
    }
    const QCommandLineOption format(
        QStringLiteral("format"),
        CliText::tr("Read annotation files of this format (%1) instead of articles.").arg(importable.join(u", ")),
        QStringLiteral("FORMAT"));
    const QCommandLineOption partial(
        QStringLiteral("partial"),
        CliText::tr("Import what can be read and report the rest (default: all or nothing)."));
    parser.addOptions({project, format, partial});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 CliText::tr("Articles (.txt, .md, .html), or files of --format."),
                                 QStringLiteral("PATH..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    if (!parser.isSet(project) || parser.positionalArguments().isEmpty())
        return usageError(CliText::tr("import needs --project FILE and at least one PATH"));
    std::optional<Exchange::Format> exchangeFormat;
    if (parser.isSet(format)) {
        exchangeFormat = Exchange::formatNamed(parser.value(format));
        if (!exchangeFormat || !Exchange::info(*exchangeFormat).importable)
            return usageError(
                CliText::tr("cannot import \"%1\" (one of: %2)").arg(parser.value(format), importable.join(u", ")));
    }
    auto store = ProjectStore::open(parser.value(project));
    if (!store)
        return usageError(store.error());
    if (exchangeFormat) {
        auto report =
            Exchange::importFiles(**store, *exchangeFormat, parser.positionalArguments(), parser.isSet(partial));
        if (!report) {
            err() << "marginalia-cli: " << report.error() << Qt::endl;
            return Problems;
        }
        for (const QString &problem : std::as_const(report->problems))
            err() << CliText::tr("not imported: %1").arg(problem) << Qt::endl;
        // One count per item, each with its own plural forms.
        const QStringList counts{CliText::tr("%Ln article(s) added", nullptr, report->articlesAdded),
                                 CliText::tr("%Ln article(s) already in the project", nullptr, report->articlesMatched),
                                 CliText::tr("%Ln annotation(s)", nullptr, report->annotations),
                                 CliText::tr("%Ln entit(y/ies) added", nullptr, report->entities),
                                 CliText::tr("%Ln entit(y/ies) already known", nullptr, report->entitiesMatched),
                                 CliText::tr("%Ln new label(s)", nullptr, report->labelsCreated)};
        out() << counts.join(QStringLiteral("; ")) << '\n';
        return report->problems.isEmpty() ? Clean : Problems;
    }
    Annotator annotator(**store);
    int status = Clean;
    for (const QString &file : parser.positionalArguments()) {
        auto article = ArticleLoader::loadFile(file);
        if (!article) {
            err() << "marginalia-cli: " << article.error() << Qt::endl;
            status = UsageError;
            continue;
        }
        auto outcome = annotator.importArticle(*article);
        if (!outcome) {
            err() << "marginalia-cli: " << file << ": " << outcome.error() << Qt::endl;
            status = UsageError;
            continue;
        }
        const Annotator::ReanchorReport &report = outcome->reanchored;
        switch (outcome->kind) {
        case Annotator::ImportOutcome::Kind::Unchanged:
            out() << CliText::tr("%1: already in the project (article %2), unchanged").arg(file).arg(outcome->articleId)
                  << '\n';
            break;
        case Annotator::ImportOutcome::Kind::NewVersion: {
            const QStringList counts{CliText::tr("%Ln annotation(s) in place", nullptr, report.unchanged),
                                     CliText::tr("%Ln moved", nullptr, report.moved),
                                     CliText::tr("%Ln found approximately", nullptr, report.fuzzy),
                                     CliText::tr("%Ln orphaned", nullptr, report.orphaned)};
            out() << CliText::tr("%1: new version of article %2: %3")
                         .arg(file)
                         .arg(outcome->articleId)
                         .arg(counts.join(QStringLiteral("; ")))
                  << '\n';
            break;
        }
        case Annotator::ImportOutcome::Kind::Added:
            out() << CliText::tr("%1: added as article %2").arg(file).arg(outcome->articleId) << '\n';
            break;
        }
    }
    return status;
}

int listArticles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("The project's articles with their annotations per label."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), CliText::tr("The project file."),
                                     QStringLiteral("FILE"));
    parser.addOption(project);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    auto store = openExisting(parser.value(project));
    if (!store)
        return usageError(store.error());
    auto articles = (*store)->articles();
    auto labels = (*store)->labels();
    if (!articles || !labels)
        return usageError(!articles ? articles.error() : labels.error());
    QHash<qint64, QString> labelNames;
    for (const Label &l : std::as_const(*labels))
        labelNames.insert(l.id, l.name);
    out() << "id\tdocument\tlanguage\tstatus\ttitle\tannotations\n";
    for (const StoredArticle &a : std::as_const(*articles)) {
        auto annotations = (*store)->annotations(a.id);
        if (!annotations)
            return usageError(annotations.error());
        QMap<QString, int> perLabel;
        int orphans = 0;
        for (const Annotation &an : std::as_const(*annotations)) {
            ++perLabel[labelNames.value(an.labelId)];
            orphans += an.orphan ? 1 : 0;
        }
        QStringList counts;
        for (auto it = perLabel.cbegin(); it != perLabel.cend(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(*it);
        if (orphans > 0)
            counts << CliText::tr("%Ln orphaned", nullptr, orphans);
        out() << a.id << '\t' << a.documentId << '\t' << a.language << '\t' << articleStatusId(a.status) << '\t'
              << a.title << '\t' << (counts.isEmpty() ? QStringLiteral("-") : counts.join(QStringLiteral(", ")))
              << '\n';
    }
    return Clean;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Check articles for machine-translation damage."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  CliText::tr("Language (fr) or dictionary (fr_FR) to check with."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("Output format: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption noSuggestions(QStringLiteral("no-suggestions"),
                                           CliText::tr("Do not compute suggestions (faster)."));
    const QCommandLineOption strictTypography(
        QStringLiteral("strict-typography"),
        CliText::tr("French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of "
                    "following the article's own habit."));
    const QCommandLineOption project(QStringLiteral("project"), CliText::tr("Check an article stored in this project."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption document(
        QStringLiteral("document"),
        CliText::tr("The stored article: its document id (fr-02) or its number in the project."), QStringLiteral("ID"));
    parser.addOptions({lang, format, noSuggestions, strictTypography, project, document});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("Articles to check (.txt, .md, .html)."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"text" && outputFormat != u"json")
        return usageError(CliText::tr("unknown format \"%1\" (use text or json)").arg(outputFormat));
    QStringList files = parser.positionalArguments();
    std::optional<Article> stored;
    if (parser.isSet(project) != parser.isSet(document))
        return usageError(CliText::tr("--project and --document go together"));
    if (parser.isSet(project)) {
        auto article = storedArticle(parser.value(project), parser.value(document));
        if (!article)
            return usageError(article.error());
        stored = *article;
        files = {parser.value(project) + u'#' + parser.value(document)};
    }
    if (files.isEmpty())
        return usageError(CliText::tr("check needs at least one FILE"));

    int status = Clean;
    std::unique_ptr<Checker> checker;
    for (const QString &file : files) {
        auto article = stored ? Result<Article>(*stored) : ArticleLoader::loadFile(file);
        if (!article) {
            err() << "marginalia-cli: " << article.error() << Qt::endl;
            status = UsageError;
            continue;
        }
        for (const QString &warning : std::as_const(article->warnings))
            err() << "marginalia-cli: " << file << ": " << warning << Qt::endl;

        QString language = parser.value(lang);
        if (language.isEmpty())
            language = article->language;
        if (language.isEmpty())
            language = LanguageGuess::guess(article->text);
        if (language.isEmpty()) {
            err() << "marginalia-cli: " << CliText::tr("no dictionary is installed") << Qt::endl;
            return UsageError;
        }
        const QString code = SpellBackends::resolveLanguage(language);
        if (!checker || checker->backend().language() != code) {
            auto created = Checker::create(language);
            if (!created) {
                err() << "marginalia-cli: " << created.error() << Qt::endl;
                return UsageError;
            }
            checker = std::move(*created);
            checker->setStrictTypography(parser.isSet(strictTypography));
        }

        CheckReport report;
        report.file = file;
        report.findings = checker->check(*article);
        if (!parser.isSet(noSuggestions))
            checker->fillSuggestions(report.findings);
        report.language = checker->backend().language();
        report.backend = checker->backend().backendName();
        report.dictionary = checker->backend().dictionary();
        if (outputFormat == u"json") {
            out().flush();
            QFile stdOut;
            if (stdOut.open(stdout, QIODevice::WriteOnly))
                stdOut.write(report.toJsonLine());
        } else {
            out() << report.toText(*article);
            out().flush();
        }
        if (report.hasProblems() && status == Clean)
            status = Problems;
    }
#ifndef __SANITIZE_ADDRESS__
    // The process ends here: tearing down the dictionaries (about 80 ms for
    // French and the other languages) is work the kernel does for free.
    // Sanitizer builds free everything, so that leaks still show. The
    // dictionaries still loading ahead are waited for: a thread must not
    // outlive main().
    if (checker)
        checker->waitForBackgroundWork();
    static_cast<void>(checker.release());
#endif
    return status;
}

int exportProject(const QStringList &arguments)
{
    QStringList names;
    for (const Exchange::FormatInfo &f : Exchange::formats())
        names << f.name;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Write a project's annotations in a format other tools read."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), CliText::tr("The project file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("Export format: %1.").arg(names.join(u", ")),
                                    QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      CliText::tr("Only this article (its document id, e.g. fr-02); repeatable."),
                                      QStringLiteral("ID"));
    const QCommandLineOption labels(QStringLiteral("labels"), CliText::tr("Only these labels, comma-separated."),
                                    QStringLiteral("NAMES"));
    const QCommandLineOption bom(QStringLiteral("bom"), CliText::tr("CSV: start with a UTF-8 byte order mark."));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      CliText::tr("ClaimReview: who publishes the reviews."), QStringLiteral("NAME"));
    const QCommandLineOption reviewUrl(QStringLiteral("review-url"),
                                       CliText::tr("ClaimReview: the page the reviews are published on."),
                                       QStringLiteral("URL"));
    const QCommandLineOption output(QStringLiteral("output"), CliText::tr("Where to write."), QStringLiteral("PATH"));
    parser.addOptions({project, format, document, labels, bom, reviewer, reviewUrl, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    if (!parser.isSet(project) || !parser.isSet(output))
        return usageError(CliText::tr("export needs --project FILE and --output PATH"));
    const auto chosen = Exchange::formatNamed(parser.value(format));
    if (!chosen)
        return usageError(
            CliText::tr("unknown export format \"%1\" (one of: %2)").arg(parser.value(format), names.join(u", ")));
    auto store = openExisting(parser.value(project));
    if (!store)
        return usageError(store.error());
    Exchange::ExportOptions options;
    options.documents = parser.values(document);
    if (parser.isSet(labels)) {
        for (const QString &name : parser.value(labels).split(u',', Qt::SkipEmptyParts))
            options.labels << name.trimmed();
    }
    options.byteOrderMark = parser.isSet(bom);
    options.reviewer = parser.value(reviewer);
    options.reviewUrl = parser.value(reviewUrl);
    auto report = Exchange::exportProject(**store, *chosen, options, parser.value(output));
    if (!report)
        return usageError(report.error());
    for (const QString &line : std::as_const(report->dropped))
        err() << CliText::tr("not exported: %1").arg(line) << Qt::endl;
    err() << CliText::tr("%Ln annotation(s) written to %1", nullptr, report->annotations).arg(parser.value(output))
          << Qt::endl;
    return Clean;
}

int backend()
{
    out() << "backend: " << SpellBackends::compiledBackend() << '\n';
    out() << "dictionaries: " << SpellBackends::availableLanguages().join(QStringLiteral(" ")) << '\n';
    return Clean;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Marginalia on the command line: check articles, export annotations.")
                                     + QStringLiteral("\n\n") + usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("check, import, list, export or backend"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "marginalia-cli " << QCoreApplication::applicationVersion() << " (" << SpellBackends::compiledBackend()
              << ")\n";
        return Clean;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        (rest.isEmpty() && !parser.isSet(QStringLiteral("help")) ? err() : out()) << parser.helpText();
        return rest.isEmpty() && !parser.isSet(QStringLiteral("help")) ? UsageError : Clean;
    }
    const QString &command = rest.constFirst();
    QStringList subArguments = rest;
    subArguments[0] = arguments.constFirst() + u' ' + command;
    if (command == u"check")
        return check(subArguments);
    if (command == u"export")
        return exportProject(subArguments);
    if (command == u"import")
        return importArticles(subArguments);
    if (command == u"list")
        return listArticles(subArguments);
    if (command == u"backend")
        return backend();
    return usageError(CliText::tr("unknown command \"%1\"\n%2").arg(command, usage()));
}

} // namespace Marginalia::Cli
