#pragma once
// A small harness for timed runs: repeats a callable, reports the median and
// the spread, and prints one table row per measurement. Benchmarks print
// their figures; they never assert on time.

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Marginalia::Bench {

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    int runs = 0;
};

template<typename F>
Timing measure(int runs, F &&f)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.constFirst(), samples.constLast(), runs};
}

inline void printHeader(const QString &title)
{
    QTextStream out(stdout);
    out << "\n## " << title
        << "\n\n| measurement | runs | median ms | min ms | max ms | note |\n|---|---|---|---|---|---|\n";
}

inline void printRow(const QString &name, const Timing &t, const QString &note = {})
{
    QTextStream out(stdout);
    out << "| " << name << " | " << t.runs << " | " << QString::number(t.medianMs, 'f', 2) << " | "
        << QString::number(t.minMs, 'f', 2) << " | " << QString::number(t.maxMs, 'f', 2) << " | " << note << " |\n";
}

} // namespace Marginalia::Bench
