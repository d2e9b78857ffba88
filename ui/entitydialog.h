#pragma once
// EntityDialog: the Entities panel's dialog for a new entity or an entity's name, aliases and links.

#include "annotation.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Marginalia::Ui {

// Edits an entity's name, aliases and links, and its type while it is new:
// the mentions keep the label they were tagged with, so retyping an entity
// would leave them disagreeing. OK stays off while a field is invalid; a
// refusal from the core is shown here too, with what the user typed kept.
class EntityDialog final : public QDialog
{
public:
    using Apply = std::function<Status(const Entity &)>;

    EntityDialog(const Entity &entity, const QList<Label> &types, bool isNew, Apply apply, QWidget *parent);

    void accept() override;

private:
    Entity edited() const;
    bool validate();
    void showError(const QString &message);

    Entity m_entity;
    Apply m_apply;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_aliases;
    QLineEdit *m_wikidata;
    QLineEdit *m_url;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Marginalia::Ui
