// checker_eval: how well the checker finds translation damage in external,
// human-labelled data (../shared/eval), next to plain Hunspell, printed as
// Markdown. Not a test: it never fails on a missed target, it reports it.
//
//   checker_eval [demetr] [mqm] [grammalecte] [wmt] [sample]
//
// With no arguments every data set runs. MARGINALIA_SHARED_DIR and
// MARGINALIA_EVAL_DIR override where the data is looked for.

#include "evaldatasets.h"
#include "evalsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace Marginalia;

namespace {

struct DataSet {
    QString name;
    std::function<void()> run;
};

const QList<DataSet> &dataSets()
{
    static const QList<DataSet> sets{
        {QStringLiteral("demetr"), Eval::runDemetr},           {QStringLiteral("mqm"), Eval::runMqm},
        {QStringLiteral("grammalecte"), Eval::runGrammalecte}, {QStringLiteral("wmt"), Eval::runWmt},
        {QStringLiteral("sample"), Eval::runSample},
    };
    return sets;
}

QString seconds(const QElapsedTimer &timer)
{
    return QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList wanted = app.arguments().mid(1);
    for (const QString &name : std::as_const(wanted)) {
        const bool known = std::any_of(dataSets().cbegin(), dataSets().cend(),
                                       [&name](const DataSet &set) { return set.name == name; });
        if (!known) {
            out << "checker_eval: unknown data set \"" << name << "\"; known: demetr mqm grammalecte wmt sample\n";
            return 2;
        }
    }

    out << "# Checker evaluation on external data\n";
    if (!QFileInfo(Eval::evalDir()).isDir()) {
        out << "\n**Skipped:** " << Eval::evalDir()
            << " does not exist (set MARGINALIA_EVAL_DIR or MARGINALIA_SHARED_DIR to evaluate).\n";
        return 0;
    }
    out << "\nData: " << Eval::evalDir() << ". Backend: " << SpellBackends::compiledBackend() << ".\n";
    out.flush();

    QElapsedTimer total;
    total.start();
    QStringList timings;
    for (const DataSet &set : dataSets()) {
        if (!wanted.isEmpty() && !wanted.contains(set.name))
            continue;
        QElapsedTimer timer;
        timer.start();
        set.run();
        timings.append(QStringLiteral("%1 %2 s").arg(set.name, seconds(timer)));
    }
    out << "\nTime: " << timings.join(QStringLiteral(", ")) << "; total " << seconds(total) << " s.\n";
    return 0;
}
