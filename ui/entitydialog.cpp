// EntityDialog: the fields of one entity, checked as they are typed, and the core's answer shown in place.
#include "entitydialog.h"

#include "entitiespanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

EntityDialog::EntityDialog(const Entity &entity, const QList<Label> &types, bool isNew, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_apply(std::move(apply))
    , m_name(new QLineEdit(entity.name, this))
    , m_type(new QComboBox(this))
    , m_aliases(new QPlainTextEdit(entity.aliases.join(QLatin1Char('\n')), this))
    , m_wikidata(new QLineEdit(entity.wikidata, this))
    , m_url(new QLineEdit(entity.url, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entityDialog"));
    setWindowTitle(isNew ? EntitiesPanel::tr("New Entity") : EntitiesPanel::tr("Edit Entity"));
    for (const Label &l : types) {
        m_type->addItem(l.name, l.id);
        m_type->setItemData(m_type->count() - 1, l.color, Qt::DecorationRole);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(entity.labelId)));
    m_type->setEnabled(isNew);
    if (!isNew)
        m_type->setToolTip(EntitiesPanel::tr("An entity keeps the type its mentions were tagged with."));
    // Tab leaves the alias list, so the dialog stays keyboard-navigable.
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(EntitiesPanel::tr("One per line"));
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 4 + 12);
    m_wikidata->setPlaceholderText(QStringLiteral("Q90"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_name->setObjectName(QStringLiteral("entityName"));
    m_name->setAccessibleName(EntitiesPanel::tr("Name"));
    m_type->setObjectName(QStringLiteral("entityType"));
    m_type->setAccessibleName(EntitiesPanel::tr("Type"));
    m_aliases->setObjectName(QStringLiteral("entityAliases"));
    m_aliases->setAccessibleName(EntitiesPanel::tr("Aliases, one per line"));
    m_wikidata->setObjectName(QStringLiteral("entityWikidata"));
    m_wikidata->setAccessibleName(EntitiesPanel::tr("Wikidata id"));
    m_wikidata->setAccessibleDescription(EntitiesPanel::tr("Q followed by digits, or empty"));
    m_url->setObjectName(QStringLiteral("entityUrl"));
    m_url->setAccessibleName(EntitiesPanel::tr("Web address"));
    m_error->setObjectName(QStringLiteral("entityError"));
    m_error->setAccessibleName(EntitiesPanel::tr("Problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(EntitiesPanel::tr("Save the entity"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(EntitiesPanel::tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(EntitiesPanel::tr("&Name:"), m_name);
    form->addRow(EntitiesPanel::tr("&Type:"), m_type);
    form->addRow(EntitiesPanel::tr("&Aliases:"), m_aliases);
    form->addRow(EntitiesPanel::tr("&Wikidata:"), m_wikidata);
    form->addRow(EntitiesPanel::tr("&URL:"), m_url);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EntityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EntityDialog::reject);
    for (QLineEdit *edit : {m_name, m_wikidata, m_url})
        connect(edit, &QLineEdit::textChanged, this, &EntityDialog::validate);
    validate();
}

void EntityDialog::accept()
{
    if (!validate())
        return;
    if (Status s = m_apply(edited()); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

Entity EntityDialog::edited() const
{
    Entity e = m_entity;
    e.name = m_name->text().trimmed();
    e.labelId = m_type->currentData().toLongLong();
    e.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n'))) {
        const QString alias = line.trimmed();
        if (!alias.isEmpty() && alias != e.name && !e.aliases.contains(alias))
            e.aliases << alias;
    }
    e.wikidata = m_wikidata->text().trimmed().toUpper(); // "q42" is meant as Q42
    e.url = m_url->text().trimmed();
    return e;
}

// Shows the first problem and keeps OK off until it is fixed.
bool EntityDialog::validate()
{
    static const QRegularExpression qid(QStringLiteral("^Q[1-9][0-9]*$"));
    const Entity e = edited();
    const QUrl url(e.url, QUrl::StrictMode);
    QString problem;
    if (e.name.isEmpty())
        problem = EntitiesPanel::tr("An entity needs a name.");
    else if (m_type->count() == 0)
        problem = EntitiesPanel::tr("The project has no entity label to give this entity a type.");
    else if (!e.wikidata.isEmpty() && !qid.match(e.wikidata).hasMatch())
        problem = EntitiesPanel::tr("A Wikidata id is the letter Q followed by digits, such as Q90.");
    else if (!e.url.isEmpty()
             && (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")))
        problem = EntitiesPanel::tr("The URL must be a web address starting with https:// or http://.");
    showError(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

void EntityDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Marginalia::Ui
