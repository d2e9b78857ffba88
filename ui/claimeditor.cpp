#include "claimeditor.h"

#include "session.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcutEvent>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

namespace {

enum CompletionRole { NameRole = Qt::UserRole + 1, KindRole, IdRole };

// The claimant field shows the chosen claimant's name, not the longer line
// the completion list shows for it.
class ClaimantCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override { return index.data(NameRole).toString(); }
};

// "Mixed" and 'X' give "Mi&xed": the verdict key is also its Alt mnemonic.
QString withMnemonic(const QString &text, QChar key)
{
    const qsizetype at = text.indexOf(key, 0, Qt::CaseInsensitive);
    if (at < 0)
        return text + QStringLiteral(" (&") + key + QLatin1Char(')');
    return text.left(at) + QLatin1Char('&') + text.mid(at);
}

} // namespace

ClaimEditor::ClaimEditor(Session &session, const Annotation &claim, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(claim)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("claimEditor"));
    setWindowTitle(tr("Claim — “%1”").arg(claim.quote.left(40).simplified()));
    // Created in reading order, which is also the tab order.
    auto *form = new QFormLayout;
    addClaimRows(form);
    form->addRow(tr("Verdict:"), createVerdictField());
    addReviewRows(form);
    form->addRow(tr("Evidence:"), createEvidenceField());

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Without the default "&OK" and "&Cancel" mnemonics, which would take
    // Alt+O (Mostly false) and Alt+C (Claimant); Enter and Escape remain.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClaimEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    loadClaimants();
    loadClaim(claim.claim.value_or(Claim{}));
    m_claimantEdit->setFocus();
}

void ClaimEditor::addClaimRows(QFormLayout *form)
{
    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("quote"));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::PlainText);
    quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString text = m_original.quote.simplified();
    //: The claim's text, quoted.
    quote->setText(tr("“%1”").arg(text.size() > 400 ? text.left(400) + QStringLiteral("…") : text));
    quote->setToolTip(m_original.quote);
    quote->setAccessibleName(tr("Claim text"));
    form->addRow(tr("Claim:"), quote);

    auto *claimantLabel = new QLabel(tr("&Claimant:"), this);
    form->addRow(claimantLabel, createClaimantField());
    claimantLabel->setBuddy(m_claimantEdit);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of claim"));
    for (ClaimKind k : ClaimText::kinds())
        m_kind->addItem(ClaimText::kindName(k), claimKindId(k));
    form->addRow(tr("&Kind:"), m_kind);

    m_worthiness = new QComboBox(this);
    m_worthiness->setObjectName(QStringLiteral("checkWorthiness"));
    m_worthiness->setAccessibleName(tr("Check-worthiness"));
    m_worthiness->setToolTip(tr("How much the claim is worth checking; type a digit from 0 to 3."));
    for (int w = 0; w <= 3; ++w)
        m_worthiness->addItem(ClaimText::worthinessName(w), w);
    form->addRow(tr("Check-&worthiness:"), m_worthiness);
}

void ClaimEditor::addReviewRows(QFormLayout *form)
{
    m_rating = new QLineEdit(this);
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setAccessibleName(tr("Rating"));
    m_rating->setPlaceholderText(tr("In your own words, e.g. “Misleading”"));
    form->addRow(tr("&Rating:"), m_rating);

    m_reviewedSet = new QCheckBox(tr("Revi&ewed on"), this);
    m_reviewedSet->setObjectName(QStringLiteral("reviewedSet"));
    m_reviewed = new QDateEdit(QDate::currentDate(), this);
    m_reviewed->setObjectName(QStringLiteral("reviewed"));
    m_reviewed->setAccessibleName(tr("Date reviewed"));
    m_reviewed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewed->setCalendarPopup(true);
    connect(m_reviewedSet, &QCheckBox::toggled, m_reviewed, &QDateEdit::setEnabled);
    form->addRow(m_reviewedSet, m_reviewed);
}

void ClaimEditor::loadClaimants()
{
    auto index = ClaimantIndex::load(m_session);
    if (index)
        m_claimants = *index;
    else
        showError(m_error, tr("The entities could not be read: %1").arg(index.error()));
    for (const ClaimantIndex::Candidate &c : m_claimants.candidates()) {
        auto *item = new QStandardItem(c.description);
        item->setData(c.name, NameRole);
        item->setData(int(c.kind), KindRole);
        item->setData(c.id, IdRole);
        item->setToolTip(c.description);
        m_completions->appendRow(item);
    }
}

QWidget *ClaimEditor::createClaimantField()
{
    auto *field = new QWidget(this);
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    m_claimantEdit = new QLineEdit(field);
    m_claimantEdit->setObjectName(QStringLiteral("claimant"));
    m_claimantEdit->setAccessibleName(tr("Claimant"));
    m_claimantEdit->setPlaceholderText(tr("Type part of a name, then pick it from the list"));
    m_claimantEdit->setClearButtonEnabled(true);
    m_completions = new QStandardItemModel(this);
    m_completer = new ClaimantCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("claimantCompletions"));
    m_completer->popup()->setAccessibleName(tr("Entities and mentions"));
    m_claimantEdit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &ClaimEditor::pickClaimant);
    connect(m_claimantEdit, &QLineEdit::textEdited, this, [this] {
        m_claimant.reset(); // typed over: what it names is worked out again
        showClaimantState();
    });
    m_claimantState = new QLabel(field);
    m_claimantState->setObjectName(QStringLiteral("claimantState"));
    m_claimantState->setTextFormat(Qt::PlainText);
    m_claimantState->setWordWrap(true);
    layout->addWidget(m_claimantEdit);
    layout->addWidget(m_claimantState);
    return field;
}

QWidget *ClaimEditor::createVerdictField()
{
    auto *field = new QWidget(this);
    field->setObjectName(QStringLiteral("verdict"));
    field->setAccessibleName(tr("Verdict"));
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    QStringList keys;
    const QColor ink = palette().color(QPalette::Text);
    for (Verdict v : ClaimText::verdicts()) {
        const QChar key = ClaimText::verdictKey(v);
        // Radio buttons: one tab stop, arrow keys move between them, and
        // each has an Alt mnemonic; eventFilter() adds the bare keys.
        auto *button = new QRadioButton(withMnemonic(ClaimText::verdictName(v), key), field);
        button->setObjectName(QStringLiteral("verdict-") + verdictId(v));
        button->setAccessibleName(ClaimText::verdictName(v));
        button->setAccessibleDescription(tr("Key %1").arg(key));
        button->setIcon(ClaimText::verdictIcon(v, ink));
        button->installEventFilter(this);
        connect(button, &QRadioButton::toggled, this, [this, v](bool on) {
            if (!on)
                return;
            // A first verdict is dated today, as the panel's verdict column does.
            if (m_shownVerdict == Verdict::NotChecked && v != Verdict::NotChecked && !m_reviewedSet->isChecked()
                && m_unreadableReviewed.isEmpty()) {
                m_reviewed->setDate(QDate::currentDate());
                m_reviewedSet->setChecked(true);
            }
            m_shownVerdict = v;
        });
        grid->addWidget(button, int(m_verdicts.size()) / 4, int(m_verdicts.size()) % 4);
        m_verdicts.append(button);
        keys << QString(key) + QChar(0x00A0) + ClaimText::verdictName(v).toLower(); // kept on one line
    }
    auto *hint =
        new QLabel(tr("Keys: %1. Alone on a verdict, with Alt anywhere.").arg(keys.join(QStringLiteral(" · "))), field);
    hint->setObjectName(QStringLiteral("verdictKeys"));
    hint->setWordWrap(true);
    layout->addLayout(grid);
    layout->addWidget(hint);
    return field;
}

QWidget *ClaimEditor::createEvidenceField()
{
    auto *field = new QWidget(this);
    auto *layout = new QGridLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    m_evidence = new QTreeWidget(field);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setAccessibleName(tr("Evidence links"));
    m_evidence->setHeaderLabels({tr("Link"), tr("Note")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_evidence->setMaximumHeight(120);
    m_evidence->installEventFilter(this);
    m_evidenceUrl = new QLineEdit(field);
    m_evidenceUrl->setObjectName(QStringLiteral("evidenceUrl"));
    m_evidenceUrl->setAccessibleName(tr("Evidence link"));
    m_evidenceUrl->setPlaceholderText(QStringLiteral("https://…"));
    m_evidenceUrl->installEventFilter(this);
    m_evidenceNote = new QLineEdit(field);
    m_evidenceNote->setObjectName(QStringLiteral("evidenceNote"));
    m_evidenceNote->setAccessibleName(tr("Evidence note"));
    m_evidenceNote->setPlaceholderText(tr("What it shows"));
    m_evidenceNote->installEventFilter(this);
    auto *add = new QPushButton(tr("&Add"), field);
    add->setObjectName(QStringLiteral("addEvidence"));
    add->setAutoDefault(false);
    m_removeEvidence = new QPushButton(tr("Remo&ve"), field);
    m_removeEvidence->setObjectName(QStringLiteral("removeEvidence"));
    m_removeEvidence->setAutoDefault(false);
    m_removeEvidence->setEnabled(false);
    m_evidenceError = new QLabel(field);
    m_evidenceError->setObjectName(QStringLiteral("evidenceError"));
    m_evidenceError->setTextFormat(Qt::PlainText);
    m_evidenceError->setWordWrap(true);
    m_evidenceError->hide();
    connect(add, &QPushButton::clicked, this, &ClaimEditor::addEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ClaimEditor::removeEvidence);
    connect(m_evidence, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeEvidence->setEnabled(!m_evidence->selectedItems().isEmpty()); });

    auto *linkLabel = new QLabel(tr("L&ink:"), field);
    linkLabel->setBuddy(m_evidenceUrl);
    layout->addWidget(m_evidence, 0, 0, 1, 4);
    layout->addWidget(m_removeEvidence, 0, 4, Qt::AlignTop);
    layout->addWidget(linkLabel, 1, 0);
    layout->addWidget(m_evidenceUrl, 1, 1);
    layout->addWidget(m_evidenceNote, 1, 2, 1, 2);
    layout->addWidget(add, 1, 4);
    layout->addWidget(m_evidenceError, 2, 0, 1, 5);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 2);
    return field;
}

void ClaimEditor::loadClaim(const Claim &claim)
{
    m_claimant = m_claimants.candidateOf(claim);
    m_claimantEdit->setText(m_claimant ? m_claimant->name : QString());
    showClaimantState();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(claimKindId(claim.kind))));
    m_worthiness->setCurrentIndex(std::clamp(claim.checkWorthiness, 0, 3));
    m_rating->setText(claim.rating);
    const QDate reviewed = QDate::fromString(claim.reviewed, Qt::ISODate);
    if (reviewed.isValid())
        m_reviewed->setDate(reviewed);
    else
        m_unreadableReviewed = claim.reviewed; // kept unless the user dates the review
    m_reviewedSet->setChecked(reviewed.isValid());
    m_reviewed->setEnabled(reviewed.isValid());
    m_shownVerdict = claim.verdict; // loading is not a first verdict
    setVerdict(claim.verdict);
    for (const Evidence &e : claim.evidence)
        m_evidence->addTopLevelItem(new QTreeWidgetItem(QStringList{e.url, e.note}));
}

Verdict ClaimEditor::verdict() const
{
    for (qsizetype i = 0; i < m_verdicts.size(); ++i) {
        if (m_verdicts.at(i)->isChecked())
            return ClaimText::verdicts().at(i);
    }
    return Verdict::NotChecked;
}

void ClaimEditor::setVerdict(Verdict verdict)
{
    const auto i = ClaimText::verdicts().indexOf(verdict);
    if (i >= 0)
        m_verdicts.at(i)->setChecked(true);
}

Result<Claim> ClaimEditor::claim() const
{
    Claim c = m_original.claim.value_or(Claim{});
    c.claimantEntity = 0;
    c.claimantMention = 0;
    if (!m_claimantEdit->text().trimmed().isEmpty()) {
        const auto who = m_claimant ? m_claimant : m_claimants.resolve(m_claimantEdit->text());
        if (!who)
            return makeError(tr("“%1” is neither an entity nor a mention in this article. Type part of a name and "
                                "pick it from the list, or clear the claimant.")
                                 .arg(m_claimantEdit->text().trimmed()));
        (who->kind == ClaimantIndex::Candidate::Kind::Entity ? c.claimantEntity : c.claimantMention) = who->id;
    }
    c.kind = claimKindFromId(m_kind->currentData().toString()).value_or(ClaimKind::Other);
    c.checkWorthiness = m_worthiness->currentData().toInt();
    c.verdict = verdict();
    c.rating = m_rating->text().trimmed();
    c.evidence.clear();
    for (int i = 0; i < m_evidence->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_evidence->topLevelItem(i);
        c.evidence.append({item->text(0), item->text(1)});
    }
    c.reviewed = m_reviewedSet->isChecked() ? m_reviewed->date().toString(Qt::ISODate) : m_unreadableReviewed;
    return c;
}

void ClaimEditor::accept()
{
    // A link typed but not added yet is meant to be kept.
    if (!m_evidenceUrl->text().trimmed().isEmpty() && !addEvidence())
        return;
    const auto edited = claim();
    if (!edited) {
        showError(m_error, edited.error());
        m_claimantEdit->setFocus();
        return;
    }
    if (m_original.claim == *edited) { // nothing to undo later
        QDialog::accept();
        return;
    }
    Annotation changed = m_original;
    changed.claim = *edited;
    Annotator &annotator = m_session.annotator();
    const int waiting = annotator.pendingCount();
    if (Status s = annotator.updateAnnotation(changed); !s) {
        if (annotator.pendingCount() > waiting) {
            // Kept, and written when the file takes writes again: saving
            // twice would queue it twice.
            Q_EMIT errorOccurred(s.error());
            QDialog::accept();
            return;
        }
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

bool ClaimEditor::eventFilter(QObject *watched, QEvent *event)
{
    const auto button = std::find(m_verdicts.cbegin(), m_verdicts.cend(), watched);
    if (button != m_verdicts.cend() && event->type() == QEvent::Shortcut
        && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
        // Alt+key: at once, and the focus follows, so the next verdict key
        // needs no Alt (a radio button's own mnemonic only clicks it).
        (*button)->setChecked(true);
        (*button)->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if ((watched == m_evidenceUrl || watched == m_evidenceNote) && enter && key->modifiers() == Qt::NoModifier
        && !m_evidenceUrl->text().trimmed().isEmpty()) {
        addEvidence(); // rather than saving the dialog
        return true;
    }
    if (watched == m_evidence && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeEvidence();
        return true;
    }
    if (button != m_verdicts.cend() && !key->text().isEmpty()
        && (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0) {
        const QChar typed = key->text().at(0).toUpper();
        for (qsizetype i = 0; i < m_verdicts.size(); ++i) {
            if (ClaimText::verdictKey(ClaimText::verdicts().at(i)) == typed) {
                m_verdicts.at(i)->setChecked(true);
                m_verdicts.at(i)->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ClaimEditor::showClaimantState()
{
    const QString text = m_claimantEdit->text().trimmed();
    const auto who = m_claimant ? m_claimant : m_claimants.resolve(text);
    if (text.isEmpty())
        m_claimantState->setText(tr("No claimant."));
    else if (!who)
        m_claimantState->setText(tr("Not found yet: pick an entity or a mention from the list."));
    else if (who->kind == ClaimantIndex::Candidate::Kind::Entity)
        m_claimantState->setText(tr("Entity: %1").arg(who->description));
    else
        m_claimantState->setText(tr("Mention: %1").arg(who->description));
}

void ClaimEditor::pickClaimant(const QModelIndex &completion)
{
    m_claimant = ClaimantIndex::Candidate{ClaimantIndex::Candidate::Kind(completion.data(KindRole).toInt()),
                                          completion.data(IdRole).toLongLong(), completion.data(NameRole).toString(),
                                          completion.data(Qt::DisplayRole).toString()};
    showError(m_error, {});
    showClaimantState();
}

bool ClaimEditor::addEvidence()
{
    const QString url = m_evidenceUrl->text().trimmed();
    if (!ClaimText::isEvidenceUrl(url)) {
        showError(m_evidenceError,
                  tr("“%1” is not a web address: evidence links start with http:// or https://.").arg(url));
        m_evidenceUrl->setFocus();
        m_evidenceUrl->selectAll();
        return false;
    }
    if (!m_evidence->findItems(url, Qt::MatchExactly, 0).isEmpty()) {
        showError(m_evidenceError, tr("This link is in the list already."));
        m_evidenceUrl->setFocus();
        return false;
    }
    m_evidence->addTopLevelItem(new QTreeWidgetItem(QStringList{url, m_evidenceNote->text().trimmed()}));
    m_evidenceUrl->clear();
    m_evidenceNote->clear();
    showError(m_evidenceError, {});
    m_evidenceUrl->setFocus();
    return true;
}

void ClaimEditor::removeEvidence()
{
    qDeleteAll(m_evidence->selectedItems());
}

void ClaimEditor::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        QAccessibleEvent alert(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

} // namespace Marginalia::Ui
