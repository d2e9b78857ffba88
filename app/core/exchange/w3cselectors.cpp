#include "w3cselectors.h"
#include "trtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Marginalia::Exchange::W3cSelectors {

namespace {

} // namespace

std::optional<std::pair<qint64, qint64>> rfc5147Range(const QString &value)
{
    static const QRegularExpression chars(QStringLiteral("^char=(\\d{1,15}),(\\d{1,15})(;.*)?$"));
    const QRegularExpressionMatch m = chars.match(value.trimmed());
    if (!m.hasMatch() || m.captured(2).toLongLong() <= m.captured(1).toLongLong())
        return std::nullopt;
    return std::pair{m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}

void read(const QJsonValue &value, Selection &selection, Origin origin, int depth)
{
    if (depth > MaxNesting)
        return;
    if (value.isArray()) {
        for (const auto &v : value.toArray())
            read(v, selection, origin, depth + 1);
        return;
    }
    const QJsonObject s = value.toObject();
    if (hasType(s, "TextQuoteSelector") && !selection.quote) {
        TextSelector quote;
        quote.exact = str(s, "exact");
        quote.prefix = str(s, "prefix");
        quote.suffix = str(s, "suffix");
        if (!quote.exact.isEmpty())
            selection.quote = quote;
    } else if (hasType(s, "TextPositionSelector") && !selection.position) {
        const QJsonValue start = first(s.value(QLatin1String("start")));
        const QJsonValue end = first(s.value(QLatin1String("end")));
        if (!origin.known) {
            selection.unusable =
                ExchangeText::tr("its TextPositionSelector counts from a fragment of a structured document, "
                                 "which a plain-text article does not have");
        } else if (start.isDouble() && end.isDouble() && start.toDouble() >= 0 && end.toDouble() > start.toDouble()
                   && end.toDouble() < 9.0e15 // exactly representable; a larger one is past any text
                   && std::trunc(start.toDouble()) == start.toDouble()
                   && std::trunc(end.toDouble()) == end.toDouble()) { // 3.5 is no position, not 3
            selection.position =
                std::pair{qint64(start.toDouble()) + origin.base, qint64(end.toDouble()) + origin.base};
        } else {
            selection.unusable = ExchangeText::tr("its TextPositionSelector is not a non-empty range of positions");
        }
    } else if (hasType(s, "FragmentSelector")) {
        // A character range of the text (RFC 5147), or a fragment of a
        // structure the text does not have. What refines it counts from it,
        // and is more precise.
        std::optional<std::pair<qint64, qint64>> fragment;
        Origin inner = origin;
        inner.known = false;
        if (str(s, "conformsTo").contains(QLatin1String("rfc5147"), Qt::CaseInsensitive) && origin.known) {
            fragment = rfc5147Range(str(s, "value"));
            if (fragment) {
                fragment->first += origin.base;
                fragment->second += origin.base;
                inner = Origin{fragment->first, true};
            } else {
                selection.unusable =
                    ExchangeText::tr("its RFC 5147 fragment “%1” is not a character range (char=start,end)")
                        .arg(str(s, "value"));
            }
        }
        Selection refined;
        read(s.value(QLatin1String("refinedBy")), refined, inner, depth + 1);
        if (!selection.position)
            selection.position = refined.position ? refined.position : fragment;
        if (!selection.quote)
            selection.quote = refined.quote;
        if (!selection.range)
            selection.range = refined.range;
        if (!refined.unusable.isEmpty())
            selection.unusable = refined.unusable;
    } else if (hasType(s, "RangeSelector") && !selection.range) {
        auto range = std::make_shared<std::pair<Selection, Selection>>();
        read(s.value(QLatin1String("startSelector")), range->first, origin, depth + 1);
        read(s.value(QLatin1String("endSelector")), range->second, origin, depth + 1);
        selection.range = range;
    } else if (s.contains(QLatin1String("type")) && !hasType(s, "TextQuoteSelector")
               && !hasType(s, "TextPositionSelector")) {
        selection.unusable =
            ExchangeText::tr("its %1 does not select text").arg(first(s.value(QLatin1String("type"))).toString());
    }
}

} // namespace Marginalia::Exchange::W3cSelectors
