#include "clicommands.h"

#include "articleloader.h"
#include "checker.h"
#include "checkreport.h"
#include "jsonlexport.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

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

const QString Usage =
    QStringLiteral("Commands:\n"
                   "  check [--lang LANG] [--format text|json] [--no-suggestions] [--strict-typography] FILE...\n"
                   "      Check articles for machine-translation damage.\n"
                   "  export --project FILE [--format jsonl] --output PATH\n"
                   "      Write a project's annotations.\n"
                   "  backend\n"
                   "      Print the spell backend and its dictionaries.");

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check articles for machine-translation damage."));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language (fr) or dictionary (fr_FR) to check with."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption noSuggestions(QStringLiteral("no-suggestions"),
                                           tr("Do not compute suggestions (faster)."));
    const QCommandLineOption strictTypography(
        QStringLiteral("strict-typography"),
        tr("French: want no-break spaces before : ; ? !, inside « » and before units everywhere, instead of "
           "following the article's own habit."));
    parser.addOptions({lang, format, noSuggestions, strictTypography});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Articles to check (.txt, .md, .html)."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != u"text" && outputFormat != u"json")
        return usageError(tr("unknown format \"%1\" (use text or json)").arg(outputFormat));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(tr("check needs at least one FILE"));

    int status = Clean;
    std::unique_ptr<Checker> checker;
    for (const QString &file : files) {
        auto article = ArticleLoader::loadFile(file);
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
            err() << "marginalia-cli: " << tr("no dictionary is installed") << Qt::endl;
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
    // Sanitizer builds free everything, so that leaks still show.
    static_cast<void>(checker.release());
#endif
    return status;
}

int exportProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a project's annotations."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), tr("The project file."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Export format (jsonl)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("jsonl"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Where to write."), QStringLiteral("PATH"));
    parser.addOptions({project, format, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Clean;
    }
    if (!parser.isSet(project) || !parser.isSet(output))
        return usageError(tr("export needs --project FILE and --output PATH"));
    if (parser.value(format) != u"jsonl")
        return usageError(tr("unknown export format \"%1\" (this version writes jsonl)").arg(parser.value(format)));
    if (!QFileInfo::exists(parser.value(project)))
        return usageError(tr("%1 does not exist").arg(parser.value(project)));
    auto store = ProjectStore::open(parser.value(project));
    if (!store)
        return usageError(store.error());
    auto written = JsonlExport::write(**store, parser.value(output));
    if (!written)
        return usageError(written.error());
    err() << tr("%1 annotation(s) written to %2").arg(*written).arg(parser.value(output)) << Qt::endl;
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
    parser.setApplicationDescription(tr("Marginalia on the command line: check articles, export annotations.")
                                     + QStringLiteral("\n\n") + Usage);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("check, export or backend"));
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
    const QString command = rest.constFirst();
    QStringList subArguments = rest;
    subArguments[0] = arguments.constFirst() + u' ' + command;
    if (command == u"check")
        return check(subArguments);
    if (command == u"export")
        return exportProject(subArguments);
    if (command == u"backend")
        return backend();
    return usageError(tr("unknown command \"%1\"\n%2").arg(command, Usage));
}

} // namespace Marginalia::Cli
