// bench_speed: wall-clock time of `marginalia-cli check` against the two
// command-line spell checkers a user would otherwise run (`hunspell -l`,
// `aspell list`) on the same French text, and how marginalia-cli's cost grows
// with the text. Whole processes are timed, dictionary loading included,
// because that is what a user waits for.
//
//   bench_speed --cli PATH [--runs N] TEXT [SCALING_TEXT...]
//
// run-speed.sh builds the texts and installs the peers; see there. Every
// command runs once untimed first (warm page cache) and must produce
// non-empty output, or the comparison is reported as invalid.

#include "benchharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

using namespace Marginalia;

namespace {

struct Command {
    QString name;
    QString program;
    QStringList arguments;
    QString stdinFile; // empty: no standard input
    QList<int> okExitCodes{0};
};

struct RunOutput {
    int exitCode = -1;
    bool crashed = false;
    QByteArray stdoutData;
    QByteArray stderrData;
};

RunOutput runOnce(const Command &command)
{
    QProcess process;
    // The peers decode input by the locale; without UTF-8 they mangle French.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!command.stdinFile.isEmpty())
        process.setStandardInputFile(command.stdinFile);
    process.start(command.program, command.arguments);
    process.waitForFinished(-1);
    return {process.exitCode(), process.exitStatus() != QProcess::NormalExit, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Why a run's output cannot be trusted, or nothing if it can.
std::optional<QString> problemWith(const Command &command, const RunOutput &output)
{
    if (output.crashed || !command.okExitCodes.contains(output.exitCode)) {
        return QStringLiteral("%1 exited with %2: %3")
            .arg(command.name)
            .arg(output.exitCode)
            .arg(QString::fromUtf8(output.stderrData.left(300)).trimmed());
    }
    if (output.stdoutData.trimmed().isEmpty())
        return QStringLiteral("%1 printed nothing, so there is nothing to compare").arg(command.name);
    return std::nullopt;
}

// What the output holds: findings for marginalia-cli's JSON, words otherwise.
QString describeOutput(const Command &command, const QByteArray &out)
{
    if (command.name.startsWith(u"marginalia"))
        return QStringLiteral("%1 findings").arg(out.count("\"category\":"));
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QStringList first;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 5); ++i)
        first.append(QString::fromUtf8(lines.at(i)));
    return QStringLiteral("%1 unknown words, first: %2").arg(lines.size()).arg(first.join(QStringLiteral(", ")));
}

struct Measured {
    Bench::Timing timing;
    QString output;
    std::optional<QString> problem;
};

Measured measureCommand(const Command &command, int runs)
{
    const RunOutput warmUp = runOnce(command);
    Measured m;
    m.problem = problemWith(command, warmUp);
    m.output = describeOutput(command, warmUp.stdoutData);
    if (!m.problem)
        m.timing = Bench::measure(runs, [&command] { (void)runOnce(command); });
    return m;
}

QString megabytes(const QString &path)
{
    return QString::number(double(QFileInfo(path).size()) / 1e6, 'f', 2);
}

QString firstLineOf(const QString &program, const QStringList &arguments)
{
    const RunOutput out = runOnce({program, program, arguments, {}, {0, 1}});
    const QByteArray text = out.stdoutData.isEmpty() ? out.stderrData : out.stdoutData;
    return QString::fromUtf8(text.trimmed().split('\n').value(0));
}

Command marginaliaCheck(const QString &cli, const QString &text)
{
    // Exit status 1 means "findings": a normal outcome here.
    return {QStringLiteral("marginalia-cli check"),
            cli,
            {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("fr"),
             QStringLiteral("--no-suggestions"), QStringLiteral("--format"), QStringLiteral("json"), text},
            {},
            {0, 1}};
}

QList<Command> peerCommands(const QString &cli, const QString &text)
{
    return {marginaliaCheck(cli, text),
            {QStringLiteral("hunspell -l -d fr_FR"),
             QStringLiteral("hunspell"),
             {QStringLiteral("-l"), QStringLiteral("-d"), QStringLiteral("fr_FR"), text},
             {},
             {0}},
            {QStringLiteral("aspell list --lang=fr"),
             QStringLiteral("aspell"),
             {QStringLiteral("list"), QStringLiteral("--lang=fr")},
             text,
             {0}}};
}

void printRatio(const QString &what, double ratio, const QString &target, bool met)
{
    QTextStream(stdout) << "| " << what << " | " << QString::number(ratio, 'f', 2) << "× | " << target << " | "
                        << (met ? "met" : "**missed**") << " |\n";
}

// Times the three tools on one text; false when a peer's output is unusable.
bool comparePeers(const QString &cli, const QString &text, int runs)
{
    Bench::printHeader(QStringLiteral("Same text, three tools (%1 MB: %2)").arg(megabytes(text), text));
    QList<Measured> results;
    for (const Command &command : peerCommands(cli, text)) {
        results.append(measureCommand(command, runs));
        const Measured &m = results.constLast();
        Bench::printRow(command.name, m.timing, m.problem.value_or(m.output));
    }
    for (const Measured &m : std::as_const(results)) {
        if (m.problem) {
            QTextStream(stdout) << "\n**No comparison:** " << *m.problem << "\n";
            return false;
        }
    }
    const double marginalia = results.at(0).timing.medianMs;
    QTextStream(stdout) << "\n| comparison (medians) | ratio | target | verdict |\n|---|---|---|---|\n";
    const double hunspellRatio = results.at(1).timing.medianMs / marginalia;
    printRatio(QStringLiteral("`hunspell -l` time ÷ Marginalia time"), hunspellRatio, QStringLiteral("≥ 10×"),
               hunspellRatio >= 10.0);
    const double aspellRatio = marginalia / results.at(2).timing.medianMs;
    printRatio(QStringLiteral("Marginalia time ÷ `aspell list` time"), aspellRatio, QStringLiteral("≤ 2×"),
               aspellRatio <= 2.0);
    return true;
}

void timeScaling(const QString &cli, const QStringList &texts, int runs)
{
    Bench::printHeader(QStringLiteral("marginalia-cli check as the text grows"));
    for (const QString &text : texts) {
        const double mb = double(QFileInfo(text).size()) / 1e6;
        // The largest texts take seconds a run; fewer repetitions keep the
        // whole benchmark within a couple of minutes.
        const int n = mb > 10 ? (runs + 1) / 2 : runs;
        const Measured m = measureCommand(marginaliaCheck(cli, text), n);
        const QString note = m.problem.value_or(
            QStringLiteral("%1, %2 ms per MB").arg(m.output, QString::number(m.timing.medianMs / mb, 'f', 1)));
        Bench::printRow(QStringLiteral("%1 MB").arg(megabytes(text)), m.timing, note);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times marginalia-cli check against hunspell -l and aspell list."));
    parser.addHelpOption();
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The marginalia-cli to time."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs per command (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({cliOption, runsOption});
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The text all three tools check."));
    parser.addPositionalArgument(QStringLiteral("SCALING_TEXT"), QStringLiteral("Texts of growing size."),
                                 QStringLiteral("[SCALING_TEXT...]"));
    parser.process(app);

    QTextStream out(stdout);
    const QStringList texts = parser.positionalArguments();
    const QString cli = parser.value(cliOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    out << "# Speed: marginalia-cli check vs hunspell -l vs aspell list\n";
    if (texts.isEmpty() || cli.isEmpty()) {
        out << "\n**Skipped:** no --cli PATH or TEXT given; tests/benchmarks/run-speed.sh gives both.\n";
        return 0;
    }
    for (const QString &path : texts + QStringList{cli}) {
        if (!QFileInfo::exists(path)) {
            out << "\n**Skipped:** " << path << " is missing. Run tests/benchmarks/run-speed.sh, which builds it.\n";
            return 0;
        }
    }
    for (const QString &peer : {QStringLiteral("hunspell"), QStringLiteral("aspell")}) {
        if (QStandardPaths::findExecutable(peer).isEmpty()) {
            out << "\n**Skipped:** " << peer << " is not installed (run-speed.sh installs it).\n";
            return 0;
        }
    }
    out << "\nWall-clock time of whole processes (dictionary loading included), median of " << runs
        << " runs after one untimed warm-up run. " << firstLineOf(QStringLiteral("hunspell"), {QStringLiteral("-v")})
        << "; " << firstLineOf(QStringLiteral("aspell"), {QStringLiteral("--version")}) << ".\n";
    out.flush();
    comparePeers(cli, texts.constFirst(), runs);
    if (texts.size() > 1)
        timeScaling(cli, texts.mid(1), runs);
    return 0;
}
