#pragma once
// The label schema as a table: one row per label, in the project's order,
// with its name, kind, colour, key and style. It observes the Session (rows
// follow every change, an undo in the window included) and writes an edit
// through Annotator::updateLabel(), so each edit is one undoable step; an
// edit the Annotator refuses leaves the row as it was and reports why.

#include "annotation.h"

#include <QAbstractTableModel>

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class LabelSchemaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ColorColumn, HotkeyColumn, StyleColumn, ColumnCount };
    // Qt::EditRole carries the value itself: the name, the kind and the
    // style as ints (LabelKind, LabelStyle), the colour as a QColor, the key
    // as "1".."9" or "".
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit LabelSchemaModel(Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QList<Label> &labels() const { return m_labels; }
    // The row of a label, or -1.
    int rowOf(qint64 labelId) const;

Q_SIGNALS:
    // What the last edit did or why it was refused (`error`); empty after
    // an edit with nothing to say.
    void reported(const QString &message, bool error);

private:
    // Follows the session's labels: rows inserted or removed one at a time
    // where possible, so the view keeps its current row.
    void refresh();

    Session &m_session;
    QList<Label> m_labels;
};

} // namespace Marginalia::Ui
