#pragma once
// EntityMergeDialog: the Entities panel's question of which of two entities a merge keeps.

#include "annotation.h"

#include <QDialog>

class QRadioButton;

namespace Marginalia::Ui {

// Asks which of two entities is kept; the one selected first is offered.
class EntityMergeDialog final : public QDialog
{
public:
    EntityMergeDialog(const Entity &first, int firstMentions, const Entity &second, int secondMentions,
                      QWidget *parent);

    qint64 kept() const;
    qint64 merged() const;

private:
    qint64 m_first;
    qint64 m_second;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
};

} // namespace Marginalia::Ui
