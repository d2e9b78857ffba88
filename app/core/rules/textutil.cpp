#include "rules.h"

namespace Marginalia::Rules {

QString withoutDiacritics(const QString &text)
{
    // Decomposed (NFD) one character at a time: QString::normalized() on a
    // long string moves the rest of it at every decomposition, which made a
    // 1 MB paragraph take seconds (quadratic). The marks are dropped, so
    // their canonical order across characters does not matter.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype length = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        const QString decomposed = text.mid(i, length).normalized(QString::NormalizationForm_D);
        for (QChar d : decomposed) {
            if (!d.isMark())
                out.append(d);
        }
        i += length;
    }
    return out;
}

QString nameSkeleton(const QString &name)
{
    QString s = withoutDiacritics(name).toCaseFolded();
    s.replace(QStringLiteral("ph"), QStringLiteral("f"));
    s.replace(QLatin1Char('y'), QLatin1Char('i'));
    s.replace(QLatin1Char('w'), QLatin1Char('v'));
    s.replace(QLatin1Char('k'), QLatin1Char('c'));
    s.replace(QStringLiteral("ff"), QStringLiteral("f"));
    return s;
}

int editDistance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace Marginalia::Rules
