#pragma once
// How the project file writes times: UTC ISO 8601 with milliseconds, so that
// the text sorts as the time does. Shared by the store's source files.

#include <QDateTime>
#include <QString>

namespace Marginalia::StoreFormat {

inline QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString isoNow()
{
    return iso(QDateTime::currentDateTimeUtc());
}

inline QString isoOrNow(const QDateTime &time)
{
    return time.isValid() ? iso(time) : isoNow();
}

inline QDateTime fromIso(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace Marginalia::StoreFormat
