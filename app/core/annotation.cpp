#include "annotation.h"

namespace Marginalia {

namespace {

// One table per enum: the id each value has in files and exports.
template<typename E, std::size_t N>
QString idOf(const std::pair<E, const char16_t *> (&table)[N], E value)
{
    for (const auto &[v, id] : table) {
        if (v == value)
            return QString::fromUtf16(id);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::pair<E, const char16_t *> (&table)[N], const QString &id)
{
    for (const auto &[v, text] : table) {
        if (id == QStringView(text))
            return v;
    }
    return std::nullopt;
}

const std::pair<LabelStyle, const char16_t *> LabelStyles[] = {
    {LabelStyle::Fill, u"fill"},
    {LabelStyle::Underline, u"underline"},
    {LabelStyle::DashedUnderline, u"dashed-underline"},
    {LabelStyle::DottedUnderline, u"dotted-underline"},
    {LabelStyle::WavyUnderline, u"wavy-underline"},
    {LabelStyle::Box, u"box"},
};

const std::pair<ClaimKind, const char16_t *> ClaimKinds[] = {
    {ClaimKind::Statistic, u"statistic"}, {ClaimKind::Quote, u"quote"}, {ClaimKind::Prediction, u"prediction"},
    {ClaimKind::Causal, u"causal"},       {ClaimKind::Other, u"other"},
};

const std::pair<Verdict, const char16_t *> Verdicts[] = {
    {Verdict::True, u"true"},
    {Verdict::MostlyTrue, u"mostly-true"},
    {Verdict::Mixed, u"mixed"},
    {Verdict::MostlyFalse, u"mostly-false"},
    {Verdict::False, u"false"},
    {Verdict::Unverifiable, u"unverifiable"},
    {Verdict::NotChecked, u"not-checked"},
};

const std::pair<MqmSeverity, const char16_t *> MqmSeverities[] = {
    {MqmSeverity::Neutral, u"neutral"},
    {MqmSeverity::Minor, u"minor"},
    {MqmSeverity::Major, u"major"},
    {MqmSeverity::Critical, u"critical"},
};

const std::pair<ArticleStatus, const char16_t *> ArticleStatuses[] = {
    {ArticleStatus::ToDo, u"todo"},
    {ArticleStatus::InProgress, u"in-progress"},
    {ArticleStatus::Done, u"done"},
};

} // namespace

QString labelKindId(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Entity:
        return QStringLiteral("entity");
    case LabelKind::Claim:
        return QStringLiteral("claim");
    case LabelKind::MtError:
        return QStringLiteral("mt-error");
    case LabelKind::Highlight:
        return QStringLiteral("highlight");
    }
    return {};
}

LabelKind labelKindFromId(const QString &id)
{
    if (id == u"claim")
        return LabelKind::Claim;
    if (id == u"mt-error")
        return LabelKind::MtError;
    if (id == u"highlight")
        return LabelKind::Highlight;
    return LabelKind::Entity;
}

QString labelStyleId(LabelStyle style)
{
    return idOf(LabelStyles, style);
}

std::optional<LabelStyle> labelStyleFromId(const QString &id)
{
    return valueOf(LabelStyles, id);
}

LabelStyle defaultLabelStyle(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Claim:
        return LabelStyle::Underline;
    case LabelKind::MtError:
        return LabelStyle::WavyUnderline;
    case LabelKind::Entity:
    case LabelKind::Highlight:
        break;
    }
    return LabelStyle::Fill;
}

QString claimKindId(ClaimKind kind)
{
    return idOf(ClaimKinds, kind);
}

std::optional<ClaimKind> claimKindFromId(const QString &id)
{
    return valueOf(ClaimKinds, id);
}

QString verdictId(Verdict verdict)
{
    return idOf(Verdicts, verdict);
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    return valueOf(Verdicts, id);
}

QString mqmSeverityId(MqmSeverity severity)
{
    return idOf(MqmSeverities, severity);
}

std::optional<MqmSeverity> mqmSeverityFromId(const QString &id)
{
    return valueOf(MqmSeverities, id);
}

QString articleStatusId(ArticleStatus status)
{
    return idOf(ArticleStatuses, status);
}

std::optional<ArticleStatus> articleStatusFromId(const QString &id)
{
    return valueOf(ArticleStatuses, id);
}

} // namespace Marginalia
