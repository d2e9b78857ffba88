// bench_speed: wall-clock time of `marginalia-cli check` against the two
// command-line spell checkers a user would otherwise run (`hunspell -l`,
// `aspell list`) on the same French text, and how marginalia-cli's cost grows
// with the text. Whole processes are timed, dictionary loading included,
// because that is what a user waits for.
//
//   bench_speed --cli PATH [--runs N] [--timeout S] TEXT [SCALING_TEXT...]
//
// run-speed.sh builds the texts and installs the peers; see there. Every
// command runs once untimed first (warm page cache) and must produce
// non-empty output, or the comparison is reported as invalid.

#include "benchharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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

// How long one process may take, and from what duration a command is timed
// once instead of repeated: a slow checker must not stall the benchmark.
struct Limits {
    int timeoutMs = 600'000;
    double repeatBelowMs = 20'000;
};

struct Settings {
    QString cli;
    QStringList texts; // the first is the shared one, the rest for scaling
    int runs = 5;
    Limits limits;
};

struct RunOutput {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    double ms = 0;
    QByteArray stdoutData;
    QByteArray stderrData;
};

RunOutput runOnce(const Command &command, int timeoutMs = 60'000)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    // The peers decode input by the locale; without UTF-8 they mangle French.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (!command.stdinFile.isEmpty())
        process.setStandardInputFile(command.stdinFile);
    process.start(command.program, command.arguments);
    const bool timedOut = !process.waitForFinished(timeoutMs);
    if (timedOut) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(),
            process.exitStatus() != QProcess::NormalExit,
            timedOut,
            double(timer.nsecsElapsed()) / 1e6,
            process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// Why a run's output cannot be trusted, or nothing if it can.
std::optional<QString> problemWith(const Command &command, const RunOutput &output)
{
    if (output.timedOut)
        return QStringLiteral("%1 did not finish in %2 s").arg(command.name).arg(output.ms / 1000, 0, 'f', 0);
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

Measured measureCommand(const Command &command, int runs, const Limits &limits)
{
    const RunOutput warmUp = runOnce(command, limits.timeoutMs);
    Measured m;
    m.problem = problemWith(command, warmUp);
    m.output = describeOutput(command, warmUp.stdoutData);
    if (m.problem)
        return m;
    if (warmUp.ms >= limits.repeatBelowMs) {
        m.timing = {warmUp.ms, warmUp.ms, warmUp.ms, 1};
        m.output += QStringLiteral(" (one run: too slow to repeat)");
        return m;
    }
    m.timing = Bench::measure(runs, [&] { (void)runOnce(command, limits.timeoutMs); });
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
bool comparePeers(const Settings &settings, const QString &text)
{
    Bench::printHeader(QStringLiteral("Same text, three tools (%1 MB: %2)").arg(megabytes(text), text));
    QList<Measured> results;
    for (const Command &command : peerCommands(settings.cli, text)) {
        results.append(measureCommand(command, settings.runs, settings.limits));
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

void timeScaling(const Settings &settings, const QStringList &texts)
{
    Bench::printHeader(QStringLiteral("marginalia-cli check as the text grows"));
    for (const QString &text : texts) {
        const double mb = double(QFileInfo(text).size()) / 1e6;
        // The largest texts take seconds a run; fewer repetitions keep the
        // whole benchmark within a few minutes.
        const int runs = mb > 10 ? (settings.runs + 1) / 2 : settings.runs;
        const Measured m = measureCommand(marginaliaCheck(settings.cli, text), runs, settings.limits);
        const QString note = m.problem.value_or(
            QStringLiteral("%1, %2 ms per MB").arg(m.output, QString::number(m.timing.medianMs / mb, 'f', 1)));
        Bench::printRow(QStringLiteral("%1 MB").arg(megabytes(text)), m.timing, note);
    }
}

Settings parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times marginalia-cli check against hunspell -l and aspell list."));
    parser.addHelpOption();
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("The marginalia-cli to time."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per command (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds before one run is stopped (default 600)."),
                                     QStringLiteral("S"), QStringLiteral("600"));
    parser.addOptions({cli, runs, timeout});
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The text all three tools check."));
    parser.addPositionalArgument(QStringLiteral("SCALING_TEXT"), QStringLiteral("Texts of growing size."),
                                 QStringLiteral("[SCALING_TEXT...]"));
    parser.process(app);
    Settings settings{parser.value(cli), parser.positionalArguments(), std::max(1, parser.value(runs).toInt()), {}};
    settings.limits.timeoutMs = std::max(1, parser.value(timeout).toInt()) * 1000;
    return settings;
}

// Why the benchmark cannot run here, or nothing if it can.
std::optional<QString> missingPiece(const Settings &settings)
{
    if (settings.texts.isEmpty() || settings.cli.isEmpty())
        return QStringLiteral("no --cli PATH or TEXT given; tests/benchmarks/run-speed.sh gives both.");
    for (const QString &path : settings.texts + QStringList{settings.cli}) {
        if (!QFileInfo::exists(path))
            return path + QStringLiteral(" is missing. Run tests/benchmarks/run-speed.sh, which builds it.");
    }
    for (const QString &peer : {QStringLiteral("hunspell"), QStringLiteral("aspell")}) {
        if (QStandardPaths::findExecutable(peer).isEmpty())
            return peer + QStringLiteral(" is not installed (run-speed.sh installs it).");
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Settings settings = parseArguments(app);
    QTextStream out(stdout);
    out << "# Speed: marginalia-cli check vs hunspell -l vs aspell list\n";
    if (const auto missing = missingPiece(settings)) {
        out << "\n**Skipped:** " << *missing << '\n';
        return 0;
    }
    out << "\nWall-clock time of whole processes (dictionary loading included), median of " << settings.runs
        << " runs (half as many above 10 MB; one when a run takes over " << settings.limits.repeatBelowMs / 1000
        << " s) after one untimed warm-up run. " << firstLineOf(QStringLiteral("hunspell"), {QStringLiteral("-v")})
        << "; " << firstLineOf(QStringLiteral("aspell"), {QStringLiteral("--version")}) << ".\n";
    out.flush();
    comparePeers(settings, settings.texts.constFirst());
    if (settings.texts.size() > 1)
        timeScaling(settings, settings.texts.mid(1));
    return 0;
}
