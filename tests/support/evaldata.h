#pragma once
// Where the outside data for conformance checks is (../shared/eval beside
// the checkout, or $MARGINALIA_EVAL_DIR), and a skip when it is absent:
// the product's own tests never need it.

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace Marginalia::TestSupport {

inline QString evalDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MARGINALIA_EVAL_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(MARGINALIA_EVAL_DEFAULT) : fromEnvironment;
}

// The path of `relative` under the eval folder, or empty if it is not there.
inline QString evalPath(const QString &relative)
{
    const QString path = QDir(evalDir()).filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Marginalia::TestSupport

// Skips the current test function when `relative` is not in the eval folder.
#define MARGINALIA_REQUIRE_EVAL(relative)                                                                              \
    do {                                                                                                               \
        if (Marginalia::TestSupport::evalPath(relative).isEmpty())                                                     \
            QSKIP(qPrintable(QStringLiteral("no %1 under %2 (outside data for conformance checks)")                    \
                                 .arg(relative, Marginalia::TestSupport::evalDir())));                                 \
    } while (false)
