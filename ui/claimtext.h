#pragma once
// ClaimText: the names, keys and icons of a claim's verdicts and kinds, for the claim editor and the Claims panel.

#include "annotation.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace Marginalia::Ui {

// Words and pictures for claim fields, shared by the editor and the Claims
// panel so that both say the same thing.
class ClaimText final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimText)

public:
    ClaimText() = delete;

    // Every verdict, in the order the editor and the filter list them.
    static const QList<Verdict> &verdicts();
    static QString verdictName(Verdict verdict);
    // The key that picks the verdict in the editor ('T' for True).
    static QChar verdictKey(Verdict verdict);
    // A shape that tells the verdicts apart without colour: a circle filled
    // as far as the claim is true, a crossed ring for false, a dashed ring
    // for unverifiable, a dash for not checked. Drawn in `ink` (the
    // palette's text colour), so it reads on dark and light palettes alike.
    static QIcon verdictIcon(Verdict verdict, const QColor &ink);
    static const QList<ClaimKind> &kinds();
    static QString kindName(ClaimKind kind);
    static QString worthinessName(int checkWorthiness);
    // Evidence links must be absolute http(s) URLs with a host.
    static bool isEvidenceUrl(const QString &url);
    // The claim with `verdict` set; a first verdict is dated today.
    static Claim withVerdict(Claim claim, Verdict verdict);
};

} // namespace Marginalia::Ui
