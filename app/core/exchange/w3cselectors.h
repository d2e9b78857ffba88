#pragma once
// The selectors of a W3C Web Annotation target, read into where the text is:
// a TextQuoteSelector (exact, prefix, suffix), a TextPositionSelector, an
// RFC 5147 FragmentSelector ("char=10,20", the fragment the model names for
// text/plain) and what refines it, and a RangeSelector (from the start of
// what its startSelector selects to the start of what its endSelector
// selects). Positions refining a fragment of a structured document (HTML,
// PDF) do not count in a plain text: they are reported, as are selectors
// that select no text (SVG, CSS). W3cImport places what is read.

#include "anchoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Marginalia::Exchange::W3cSelectors {

// Choices, lists, composites and refinements nest; no real annotation
// nests deeper.
constexpr int MaxNesting = 8;

inline QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A property that may be one value or an array of them: its first value.
inline QJsonValue first(const QJsonValue &v)
{
    return v.isArray() ? v.toArray().first() : v;
}

inline bool hasType(const QJsonObject &o, const char *type)
{
    const QJsonValue t = o.value(QLatin1String("type"));
    if (t.isArray())
        return t.toArray().contains(QJsonValue(QLatin1String(type)));
    return t.toString() == QLatin1String(type);
}

// What the selectors of one target say.
struct Selection {
    std::optional<TextSelector> quote; // exact, prefix, suffix
    std::optional<std::pair<qint64, qint64>> position;
    // A RangeSelector: from the start of what `first` selects to the start
    // of what `second` selects (not included).
    std::shared_ptr<std::pair<Selection, Selection>> range;
    QString unusable; // why a selector found could not be used
};

// Where positions count from: the text itself, the start of an RFC 5147
// fragment of it, or a fragment of a structure a text does not have.
struct Origin {
    qint64 base = 0;
    bool known = true;
};

// "char=start,end" of an RFC 5147 fragment (code points, as the RFC counts
// characters), integrity checks after ';' not verified; nullopt for
// anything else ("line=" ranges, an empty range).
std::optional<std::pair<qint64, qint64>> rfc5147Range(const QString &value);

// Adds what `value` (a selector or an array of them) says to `selection`;
// the first selector of each kind counts.
void read(const QJsonValue &value, Selection &selection, Origin origin = {}, int depth = 0);

} // namespace Marginalia::Exchange::W3cSelectors
