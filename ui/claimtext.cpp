// ClaimText: the words for verdicts, kinds and check-worthiness, and the verdict icons drawn for any palette.
#include "claimtext.h"

#include <QDate>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QUrl>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

void drawVerdict(QPainter &p, qreal size, Verdict verdict, const QColor &ink)
{
    const qreal pen = std::max<qreal>(1.0, size / 10);
    const QRectF ring(pen, pen, size - 2 * pen, size - 2 * pen);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, pen));
    p.setBrush(Qt::NoBrush);
    auto fill = [&](qreal part) {
        p.drawEllipse(ring);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPie(ring, 90 * 16, -int(360 * 16 * part)); // clockwise from noon
    };
    switch (verdict) {
    case Verdict::True:
        fill(1.0);
        break;
    case Verdict::MostlyTrue:
        fill(0.75);
        break;
    case Verdict::Mixed:
        fill(0.5);
        break;
    case Verdict::MostlyFalse:
        fill(0.25);
        break;
    case Verdict::False: {
        p.drawEllipse(ring);
        const QRectF x = ring.adjusted(size / 4, size / 4, -size / 4, -size / 4);
        p.drawLine(x.topLeft(), x.bottomRight());
        p.drawLine(x.topRight(), x.bottomLeft());
        break;
    }
    case Verdict::Unverifiable:
        p.setPen(QPen(ink, pen, Qt::DotLine));
        p.drawEllipse(ring);
        break;
    case Verdict::NotChecked:
        p.drawLine(QPointF(size / 4, size / 2), QPointF(size * 3 / 4, size / 2));
        break;
    }
}

} // namespace

const QList<Verdict> &ClaimText::verdicts()
{
    static const QList<Verdict> all{Verdict::True,  Verdict::MostlyTrue,   Verdict::Mixed,     Verdict::MostlyFalse,
                                    Verdict::False, Verdict::Unverifiable, Verdict::NotChecked};
    return all;
}

QString ClaimText::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::True:
        return tr("True");
    case Verdict::MostlyTrue:
        return tr("Mostly true");
    case Verdict::Mixed:
        return tr("Mixed");
    case Verdict::MostlyFalse:
        return tr("Mostly false");
    case Verdict::False:
        return tr("False");
    case Verdict::Unverifiable:
        return tr("Unverifiable");
    case Verdict::NotChecked:
        return tr("Not checked");
    }
    return {};
}

QChar ClaimText::verdictKey(Verdict verdict)
{
    // Translators: one letter each, all different, ideally one of the name's.
    switch (verdict) {
    case Verdict::True:
        return tr("T", "verdict key: True").at(0).toUpper();
    case Verdict::MostlyTrue:
        return tr("M", "verdict key: Mostly true").at(0).toUpper();
    case Verdict::Mixed:
        return tr("X", "verdict key: Mixed").at(0).toUpper();
    case Verdict::MostlyFalse:
        return tr("O", "verdict key: Mostly false").at(0).toUpper();
    case Verdict::False:
        return tr("F", "verdict key: False").at(0).toUpper();
    case Verdict::Unverifiable:
        return tr("U", "verdict key: Unverifiable").at(0).toUpper();
    case Verdict::NotChecked:
        return tr("N", "verdict key: Not checked").at(0).toUpper();
    }
    return {};
}

QIcon ClaimText::verdictIcon(Verdict verdict, const QColor &ink)
{
    // Views ask for decorations on every paint.
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const QPair<int, QRgb> key(int(verdict), ink.rgba());
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        drawVerdict(p, size, verdict, ink);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

const QList<ClaimKind> &ClaimText::kinds()
{
    static const QList<ClaimKind> all{ClaimKind::Statistic, ClaimKind::Quote, ClaimKind::Prediction, ClaimKind::Causal,
                                      ClaimKind::Other};
    return all;
}

QString ClaimText::kindName(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Statistic:
        return tr("Statistic");
    case ClaimKind::Quote:
        return tr("Quote");
    case ClaimKind::Prediction:
        return tr("Prediction");
    case ClaimKind::Causal:
        return tr("Causal");
    case ClaimKind::Other:
        return tr("Other");
    }
    return {};
}

QString ClaimText::worthinessName(int checkWorthiness)
{
    switch (checkWorthiness) {
    case 1:
        return tr("1 — low");
    case 2:
        return tr("2 — medium");
    case 3:
        return tr("3 — high");
    default:
        return tr("0 — not rated");
    }
}

bool ClaimText::isEvidenceUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https") && !parsed.host().isEmpty()
        && !url.contains(QLatin1Char(' '));
}

Claim ClaimText::withVerdict(Claim claim, Verdict verdict)
{
    if (verdict != Verdict::NotChecked && claim.verdict == Verdict::NotChecked && claim.reviewed.isEmpty())
        claim.reviewed = QDate::currentDate().toString(Qt::ISODate);
    claim.verdict = verdict;
    return claim;
}

} // namespace Marginalia::Ui
