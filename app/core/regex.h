#pragma once
// Global regular-expression matching over a string view on every supported
// Qt: globalMatchView() exists from Qt 6.5 and deprecates the QStringView
// overload of globalMatch() that Qt 6.4 (Debian 12) offers.

#include <QRegularExpression>
#include <QStringView>

namespace Marginalia {

inline QRegularExpressionMatchIterator matchAll(const QRegularExpression &re, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.globalMatchView(text);
#else
    return re.globalMatch(text);
#endif
}

} // namespace Marginalia
