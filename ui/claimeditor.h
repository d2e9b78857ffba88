#pragma once
// The claim editor: one dialog for everything a fact-checker records about a
// claim annotation: who makes the claim, what kind of claim it is, how much
// it is worth checking, the verdict and the evidence behind it. Every field
// is reachable from the keyboard; the verdict is picked by a single key.
// OK writes the claim through Annotator::updateAnnotation() as one undoable
// step; Cancel writes nothing.
//
// Verdict keys (shown in the dialog): T true, M mostly true, X mixed,
// O mostly false, F false, U unverifiable, N not checked. They work alone
// while a verdict button has the focus, and with Alt from any field.

#include "annotation.h"
#include "result.h"

// ClaimText and ClaimantIndex, which the Claims panel shares, come with this header.
#include "claimantindex.h"
#include "claimtext.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTreeWidget;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class ClaimEditor final : public QDialog
{
    Q_OBJECT

public:
    // `claim` is the claim annotation as stored; its label should be of the
    // Claim kind (an annotation without claim details starts blank).
    ClaimEditor(Session &session, const Annotation &claim, QWidget *parent = nullptr);

    qint64 annotationId() const { return m_original.id; }
    // The claim the fields describe, or why it cannot be saved (a claimant
    // that names nobody, an evidence link that is not a web address).
    Result<Claim> claim() const;
    Verdict verdict() const;
    void setVerdict(Verdict verdict);

public Q_SLOTS:
    // Saves and closes; on a refused edit the dialog stays open and says why.
    void accept() override;

Q_SIGNALS:
    // The edit was kept to be written later (the project file did not take
    // it): the dialog closed, the message should reach the user.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addClaimRows(QFormLayout *form); // the quote, claimant, kind, worthiness
    void addReviewRows(QFormLayout *form); // rating and date
    void loadClaimants();
    QWidget *createClaimantField();
    QWidget *createVerdictField();
    QWidget *createEvidenceField();
    void loadClaim(const Claim &claim);
    void showClaimantState();
    void pickClaimant(const QModelIndex &completion);
    // Adds the link in the evidence fields; false (and says why) if invalid.
    bool addEvidence();
    void removeEvidence();
    void showError(QLabel *label, const QString &message);

    Session &m_session;
    Annotation m_original;
    ClaimantIndex m_claimants;
    // What the claimant field stands for; reset when the user edits it.
    std::optional<ClaimantIndex::Candidate> m_claimant;

    QLineEdit *m_claimantEdit = nullptr;
    QLabel *m_claimantState = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_worthiness = nullptr;
    QList<QRadioButton *> m_verdicts; // in ClaimText::verdicts() order
    Verdict m_shownVerdict = Verdict::NotChecked; // to date a first verdict
    QLineEdit *m_rating = nullptr;
    QCheckBox *m_reviewedSet = nullptr;
    QDateEdit *m_reviewed = nullptr;
    QString m_unreadableReviewed; // a stored date the date field cannot show
    QTreeWidget *m_evidence = nullptr;
    QLineEdit *m_evidenceUrl = nullptr;
    QLineEdit *m_evidenceNote = nullptr;
    QPushButton *m_removeEvidence = nullptr;
    QLabel *m_evidenceError = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Marginalia::Ui
