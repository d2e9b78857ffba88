// Export and import at scale: the generated 1,000-article, 100,000-annotation
// project (benchproject.h, with MT errors and claims) written in every
// format, and every importable format read back into a new project. Targets
// (issue 6): each export under 2 s, each import under 5 s.
//
//   bench_exchange [--project PATH]   (default: a temporary file; kept when given)

#include "benchproject.h"
#include "exchange/exchange.h"
#include "exchange/importbatch.h"
#include "projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace Marginalia;

namespace {

qint64 sizeOf(const QString &path)
{
    if (QFileInfo(path).isFile())
        return QFileInfo(path).size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("Project file to use or make."),
                                           QStringLiteral("PATH"));
    parser.addOption(projectOption);
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Measure only this format (repeatable); default: all."),
                                          QStringLiteral("NAME"));
    parser.addOption(formatOption);
    parser.process(app);
    const QStringList only = parser.values(formatOption);
    QTemporaryDir dir;
    const QString path =
        parser.isSet(projectOption) ? parser.value(projectOption) : dir.filePath(QStringLiteral("bench.marginalia"));
    if (!QFileInfo::exists(path)) {
        auto store = ProjectStore::open(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        if (Status s = BenchProject::generate(**store, true); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
    }
    auto store = ProjectStore::open(path);
    if (!store)
        return 1;
    auto all = (*store)->allAnnotations();
    std::printf("\n## Export and import of %d articles, %lld annotations (bench_exchange)\n\n", BenchProject::Articles,
                static_cast<long long>(all ? all->size() : 0));
    std::printf("| format | export | written | import | annotations back | targets |\n|---|---|---|---|---|---|\n");
    int failures = 0;
    for (const Exchange::FormatInfo &f : Exchange::formats()) {
        if (!only.isEmpty() && !only.contains(f.name))
            continue;
        const QString out =
            dir.filePath(QStringLiteral("out-") + f.name + (f.extension.isEmpty() ? QString() : u'.' + f.extension));
        // Each format starts with nothing of the previous one left to write
        // back: a writer that syncs its files (QSaveFile does) would otherwise
        // pay for the format before it.
        ::sync();
        QElapsedTimer timer;
        timer.start();
        auto report = Exchange::exportProject(**store, f.format, {}, out);
        const double exportMs = double(timer.nsecsElapsed()) / 1e6;
        if (!report) {
            std::printf("| %s | failed: %s | | | | |\n", qPrintable(f.name), qPrintable(report.error()));
            ++failures;
            continue;
        }
        QString importCell = QStringLiteral("—");
        QString back = QStringLiteral("—");
        bool importOk = true;
        if (f.importable) {
            QStringList inputs{out};
            if (QFileInfo(out).isDir()) { // brat: a folder
                inputs.clear();
                QDirIterator it(out, {QStringLiteral("*.ann")}, QDir::Files, QDirIterator::Subdirectories);
                while (it.hasNext())
                    inputs << it.next();
            }
            // W3C annotations anchor to articles the project already has: a
            // copy of the project takes them (beside its own annotations).
            const QString targetPath = dir.filePath(QStringLiteral("in-%1.marginalia").arg(f.name));
            if (f.format == Exchange::Format::W3c) {
                if (Status s = (*store)->saveCopyTo(targetPath); !s) {
                    std::fprintf(stderr, "%s\n", qPrintable(s.error()));
                    return 1;
                }
            }
            auto target = ProjectStore::open(targetPath);
            if (!target)
                return 1;
            ::sync();
            timer.restart();
            auto imported = Exchange::importFiles(**target, f.format, inputs, true);
            const double importMs = double(timer.nsecsElapsed()) / 1e6;
            if (!imported) {
                importCell = QStringLiteral("failed: ") + imported.error().left(120);
                importOk = false;
            } else {
                importCell = QStringLiteral("%1 ms").arg(importMs, 0, 'f', 0);
                back = QString::number(imported->annotations);
                importOk = importMs < 5000;
            }
        }
        const bool exportOk = exportMs < 2000;
        failures += (exportOk && importOk) ? 0 : 1;
        std::printf("| %s | %.0f ms | %.1f MB | %s | %s | %s |\n", qPrintable(f.name), exportMs, sizeOf(out) / 1e6,
                    qPrintable(importCell), qPrintable(back), exportOk && importOk ? "met" : "MISSED");
    }
    return failures == 0 ? 0 : 2;
}
