// EntityMergeDialog: the two entities offered, the one selected first checked.
#include "entitymergedialog.h"

#include "entitiespanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Marginalia::Ui {

EntityMergeDialog::EntityMergeDialog(const Entity &first, int firstMentions, const Entity &second, int secondMentions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_first(first.id)
    , m_second(second.id)
    , m_keepFirst(new QRadioButton(this))
    , m_keepSecond(new QRadioButton(this))
{
    setObjectName(QStringLiteral("entityMergeDialog"));
    setWindowTitle(EntitiesPanel::tr("Merge Entities"));
    auto *explanation =
        new QLabel(EntitiesPanel::tr("The mentions of one entity move to the other, and its name and aliases "
                                     "become aliases of the one kept. Which one is kept?"),
                   this);
    explanation->setWordWrap(true);
    m_keepFirst->setText(EntitiesPanel::tr("Keep “%1” (%Ln mention(s))", nullptr, firstMentions).arg(first.name));
    m_keepSecond->setText(EntitiesPanel::tr("Keep “%1” (%Ln mention(s))", nullptr, secondMentions).arg(second.name));
    m_keepFirst->setObjectName(QStringLiteral("entityMergeKeepFirst"));
    m_keepSecond->setObjectName(QStringLiteral("entityMergeKeepSecond"));
    m_keepFirst->setAccessibleName(m_keepFirst->text());
    m_keepSecond->setAccessibleName(m_keepSecond->text());
    m_keepFirst->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(EntitiesPanel::tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setAccessibleName(EntitiesPanel::tr("Merge the two entities"));
    merge->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(EntitiesPanel::tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);
    if (first.labelId != second.labelId) {
        auto *note = new QLabel(EntitiesPanel::tr("They have different types: the kept entity keeps its own, "
                                                  "and each mention keeps the label it was tagged with."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 EntityMergeDialog::kept() const
{
    return m_keepFirst->isChecked() ? m_first : m_second;
}

qint64 EntityMergeDialog::merged() const
{
    return m_keepFirst->isChecked() ? m_second : m_first;
}

} // namespace Marginalia::Ui
