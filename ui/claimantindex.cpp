// ClaimantIndex: the claimant candidates loaded from the session, with the names the claim editor and panel show.
#include "claimantindex.h"

#include "session.h"

#include <QSet>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

// The part of the quote's context shown next to a mention in the list.
constexpr int MentionContext = 24;

} // namespace

Result<ClaimantIndex> ClaimantIndex::load(Session &session)
{
    auto entities = session.store().entities();
    if (!entities)
        return makeError(entities.error());
    QHash<qint64, QString> labelNames;
    QSet<qint64> entityLabels;
    for (const Label &l : session.labels()) {
        labelNames.insert(l.id, l.name);
        if (l.kind == LabelKind::Entity)
            entityLabels.insert(l.id);
    }
    ClaimantIndex index;
    index.m_entities = *entities;
    QHash<qint64, QString> entityNames;
    for (const Entity &e : std::as_const(index.m_entities)) {
        entityNames.insert(e.id, e.name);
        const QString type = labelNames.value(e.labelId);
        const QString description = e.aliases.isEmpty()
            ? tr("%1 (%2)").arg(e.name, type)
            : tr("%1 (%2; also %3)").arg(e.name, type, e.aliases.join(QStringLiteral(", ")));
        index.m_candidates.append({Candidate::Kind::Entity, e.id, e.name, description});
    }
    for (const Annotation &a : session.annotations()) {
        if (!entityLabels.contains(a.labelId))
            continue;
        index.m_mentionEntity.insert(a.id, a.entityId);
        const QString context =
            QString(a.prefix.right(MentionContext) + a.quote + a.suffix.left(MentionContext)).simplified();
        const QString description = a.entityId != 0
            ? tr("“%1”, mention of %2: …%3…").arg(a.quote, entityNames.value(a.entityId), context)
            : tr("“%1”, %2 mention: …%3…").arg(a.quote, labelNames.value(a.labelId), context);
        index.m_candidates.append({Candidate::Kind::Mention, a.id, a.quote, description});
    }
    return index;
}

std::optional<ClaimantIndex::Candidate> ClaimantIndex::candidateOf(const Claim &claim) const
{
    const auto kind = claim.claimantEntity != 0 ? Candidate::Kind::Entity : Candidate::Kind::Mention;
    const qint64 id = claim.claimantEntity != 0 ? claim.claimantEntity : claim.claimantMention;
    if (id == 0)
        return std::nullopt;
    for (const Candidate &c : m_candidates) {
        if (c.kind == kind && c.id == id)
            return c;
    }
    // A claimant this article does not show (a mention elsewhere): kept as it is.
    const QString name = kind == Candidate::Kind::Entity ? tr("entity %1").arg(id) : tr("mention %1").arg(id);
    return Candidate{kind, id, name, name};
}

QString ClaimantIndex::nameOf(const Claim &claim) const
{
    const auto who = candidateOf(claim);
    if (!who)
        return {};
    // A mention linked to an entity stands for that entity.
    if (who->kind == Candidate::Kind::Mention) {
        const qint64 entityId = m_mentionEntity.value(who->id);
        for (const Entity &e : m_entities) {
            if (entityId != 0 && e.id == entityId)
                return e.name;
        }
    }
    return who->name;
}

std::optional<ClaimantIndex::Candidate> ClaimantIndex::resolve(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    auto same = [&wanted](const QString &s) { return s.compare(wanted, Qt::CaseInsensitive) == 0; };
    for (const Entity &e : m_entities) {
        if (same(e.name) || std::any_of(e.aliases.cbegin(), e.aliases.cend(), same)) {
            for (const Candidate &c : m_candidates) {
                if (c.kind == Candidate::Kind::Entity && c.id == e.id)
                    return c;
            }
        }
    }
    for (const Candidate &c : m_candidates) {
        if (c.kind == Candidate::Kind::Mention && same(c.name))
            return c;
    }
    return std::nullopt;
}

} // namespace Marginalia::Ui
