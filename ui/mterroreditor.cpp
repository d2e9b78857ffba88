#include "mterroreditor.h"

#include "annotator.h"
#include "mqm.h"
#include "session.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

QString severityText(MqmSeverity severity)
{
    switch (severity) {
    case MqmSeverity::Neutral:
        return MtErrorEditor::tr("&Neutral");
    case MqmSeverity::Minor:
        return MtErrorEditor::tr("M&inor");
    case MqmSeverity::Major:
        return MtErrorEditor::tr("M&ajor");
    case MqmSeverity::Critical:
        return MtErrorEditor::tr("C&ritical");
    }
    return {};
}

QString severityHelp(MqmSeverity severity)
{
    switch (severity) {
    case MqmSeverity::Neutral:
        return MtErrorEditor::tr("Worth noting, costs nothing (preferential change)");
    case MqmSeverity::Minor:
        return MtErrorEditor::tr("Noticeable, but the meaning survives (1 point)");
    case MqmSeverity::Major:
        return MtErrorEditor::tr("Changes the meaning or seriously hurts the reading (5 points)");
    case MqmSeverity::Critical:
        return MtErrorEditor::tr("Could mislead or do harm; fails the article (25 points)");
    }
    return {};
}

} // namespace

MtErrorEditor::MtErrorEditor(Session &session, const Annotation &error, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(error)
    , m_category(new QComboBox(this))
    , m_severity(new QButtonGroup(this))
    , m_correction(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("MT Error"));
    setObjectName(QStringLiteral("mtErrorEditor"));
    const MtError current = error.mtError.value_or(MtError{QStringLiteral("Other"), MqmSeverity::Minor, {}, {}});

    auto *quote = new QLabel(this);
    quote->setObjectName(QStringLiteral("mtErrorQuote"));
    quote->setWordWrap(true);
    quote->setTextFormat(Qt::RichText);
    quote->setText(QStringLiteral("%1<b>%2</b>%3")
                       .arg(error.prefix.right(40).toHtmlEscaped(), error.quote.toHtmlEscaped(),
                            error.suffix.left(40).toHtmlEscaped()));

    m_category->setObjectName(QStringLiteral("mtErrorCategory"));
    m_category->setAccessibleName(tr("MQM category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItems(Mqm::categories());
    if (m_category->findText(current.category) < 0)
        m_category->addItem(current.category); // imported or typed earlier: kept as it is
    m_category->setCurrentText(current.category);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->setToolTip(tr("The MQM \"Dimension/Type\" of the error (WMT typology); type to find one"));

    auto *severities = new QWidget(this);
    auto *severityRow = new QHBoxLayout(severities);
    severityRow->setContentsMargins(0, 0, 0, 0);
    for (MqmSeverity s : {MqmSeverity::Neutral, MqmSeverity::Minor, MqmSeverity::Major, MqmSeverity::Critical}) {
        auto *button = new QRadioButton(severityText(s), severities);
        button->setObjectName(QStringLiteral("severity-") + mqmSeverityId(s));
        button->setToolTip(severityHelp(s));
        button->setAccessibleDescription(severityHelp(s));
        m_severity->addButton(button, int(s));
        severityRow->addWidget(button);
        button->setChecked(s == current.severity);
    }
    severityRow->addStretch(1);

    m_correction->setObjectName(QStringLiteral("mtErrorCorrection"));
    m_correction->setAccessibleName(tr("Correction"));
    m_correction->setPlaceholderText(tr("What the translation should say (optional)"));
    m_correction->setText(current.correction);
    m_correction->setClearButtonEnabled(true);

    m_error->setObjectName(QStringLiteral("mtErrorProblem"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_error->setPalette(warning);

    auto *form = new QFormLayout;
    form->addRow(tr("Text:"), quote);
    auto *categoryLabel = new QLabel(tr("Cate&gory:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    form->addRow(tr("Severity:"), severities);
    auto *correctionLabel = new QLabel(tr("C&orrection:"), this);
    correctionLabel->setBuddy(m_correction);
    form->addRow(correctionLabel, m_correction);
    if (!current.findingRule.isEmpty()) {
        auto *rule = new QLabel(
            tr("Confirmed from the checker's finding <code>%1</code>.").arg(current.findingRule.toHtmlEscaped()), this);
        rule->setObjectName(QStringLiteral("mtErrorRule"));
        form->addRow(QString(), rule);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MtErrorEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_category->setFocus();
    resize(520, sizeHint().height());
}

MqmSeverity MtErrorEditor::severity() const
{
    const int id = m_severity->checkedId();
    return id < 0 ? MqmSeverity::Minor : MqmSeverity(id);
}

Result<MtError> MtErrorEditor::mtError() const
{
    const QString category = m_category->currentText().simplified();
    if (category.isEmpty())
        return makeError(tr("Choose the MQM category of the error (\"Other\" when none fits)."));
    MtError error = m_original.mtError.value_or(MtError{});
    // The typology's spelling when only the case differs.
    const int known = m_category->findText(category, Qt::MatchFixedString);
    error.category = known >= 0 ? m_category->itemText(known) : category;
    error.severity = severity();
    error.correction = m_correction->text().trimmed();
    return error;
}

void MtErrorEditor::accept()
{
    const auto edited = mtError();
    if (!edited) {
        m_error->setText(edited.error());
        m_error->setVisible(true);
        m_category->setFocus();
        return;
    }
    if (m_original.mtError == *edited) {
        QDialog::accept();
        return;
    }
    Annotation changed = m_original;
    changed.mtError = *edited;
    Annotator &annotator = m_session.annotator();
    const int waiting = annotator.pendingCount();
    if (Status s = annotator.updateAnnotation(changed); !s) {
        if (annotator.pendingCount() > waiting) { // kept, written later
            Q_EMIT errorOccurred(s.error());
            QDialog::accept();
            return;
        }
        m_error->setText(s.error());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Marginalia::Ui
