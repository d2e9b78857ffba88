#pragma once
// ClaimantIndex: the entities and mentions a claim can name as its claimant, and the lookup of a typed name.

#include "annotation.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

// Who can be named as a claimant in the current article: the project's
// entities and the article's entity mentions. Loaded from the session for
// one editor or one refresh of the panel.
class ClaimantIndex final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimantIndex)

public:
    struct Candidate {
        enum class Kind { Entity, Mention };
        Kind kind = Kind::Entity;
        qint64 id = 0; // the entity's or the mention annotation's id
        QString name; // what the claimant field shows once chosen
        QString description; // what the completion list shows (and matches)
    };

    static Result<ClaimantIndex> load(Session &session);

    const QList<Candidate> &candidates() const { return m_candidates; }
    // The claimant a claim names, as the panel shows it; empty for none.
    QString nameOf(const Claim &claim) const;
    // The candidate the claim names, if it is known here.
    std::optional<Candidate> candidateOf(const Claim &claim) const;
    // The candidate a typed text stands for: a completion picked from the
    // list, an entity's name or alias, or a mention's text (case ignored;
    // entities first, then mentions in reading order).
    std::optional<Candidate> resolve(const QString &text) const;

private:
    QList<Candidate> m_candidates;
    QList<Entity> m_entities;
    QHash<qint64, qint64> m_mentionEntity; // mention id → entity id (0 unlinked)
};

} // namespace Marginalia::Ui
