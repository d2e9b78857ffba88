#include "labelschemamodel.h"

#include "labelappearance.h"
#include "session.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace Marginalia::Ui {

namespace {

QList<qint64> idsOf(const QList<Label> &labels)
{
    QList<qint64> ids;
    for (const Label &l : labels)
        ids.append(l.id);
    return ids;
}

// The one row where `longer` has a label that `shorter` lacks, or -1.
int extraRow(const QList<qint64> &longer, const QList<qint64> &shorter)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    qsizetype row = 0;
    while (row < shorter.size() && longer.at(row) == shorter.at(row))
        ++row;
    return longer.mid(row + 1) == shorter.mid(row) ? int(row) : -1;
}

QIcon swatch(const QColor &color, const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Text));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

LabelSchemaModel::LabelSchemaModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_labels(session.labels())
{
    connect(&m_session, &Session::labelsChanged, this, &LabelSchemaModel::refresh);
}

void LabelSchemaModel::refresh()
{
    const QList<Label> &fresh = m_session.labels();
    const QList<qint64> before = idsOf(m_labels);
    const QList<qint64> after = idsOf(fresh);
    if (before == after) {
        m_labels = fresh;
        if (!m_labels.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else if (const int added = extraRow(after, before); added >= 0) {
        beginInsertRows({}, added, added);
        m_labels = fresh;
        endInsertRows();
        // A key may have moved from another label in the same step.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else if (const int removed = extraRow(before, after); removed >= 0) {
        beginRemoveRows({}, removed, removed);
        m_labels = fresh;
        endRemoveRows();
        if (!m_labels.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_labels = fresh;
        endResetModel();
    }
}

int LabelSchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

int LabelSchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LabelSchemaModel::rowOf(qint64 labelId) const
{
    for (qsizetype row = 0; row < m_labels.size(); ++row) {
        if (m_labels.at(row).id == labelId)
            return int(row);
    }
    return -1;
}

QVariant LabelSchemaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Label &l = m_labels.at(index.row());
    if (role == IdRole)
        return l.id;
    const QPalette palette = QApplication::palette();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return l.name;
        if (role == Qt::ToolTipRole)
            return tr("The label's name, unique in the project (F2 to rename)");
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return LabelAppearance::kindName(l.kind);
        if (role == Qt::EditRole)
            return int(l.kind);
        if (role == Qt::ToolTipRole)
            return tr("What the label records: an entity, a claim, an MT error or a highlight. It cannot change "
                      "while annotations use the label.");
        break;
    case ColorColumn:
        if (role == Qt::DisplayRole)
            return l.color.name();
        if (role == Qt::EditRole)
            return l.color;
        if (role == Qt::DecorationRole)
            return swatch(l.color, palette);
        if (role == Qt::AccessibleTextRole)
            return tr("Colour %1").arg(l.color.name());
        if (role == Qt::ToolTipRole)
            return tr("Enter or double-click to choose another colour");
        break;
    case HotkeyColumn:
        if (role == Qt::DisplayRole)
            return l.hotkey.isEmpty() ? tr("none") : l.hotkey;
        if (role == Qt::EditRole)
            return l.hotkey;
        if (role == Qt::AccessibleTextRole)
            return l.hotkey.isEmpty() ? tr("No key") : tr("Key %1").arg(l.hotkey);
        if (role == Qt::ToolTipRole)
            return tr("The key that tags the selection with this label (1 to 9). A key another label has moves "
                      "here.");
        break;
    case StyleColumn:
        if (role == Qt::DisplayRole)
            return LabelAppearance::styleName(l.style);
        if (role == Qt::EditRole)
            return int(l.style);
        if (role == Qt::DecorationRole)
            return LabelAppearance::sample(l.style, l.color, palette, QApplication::font());
        if (role == Qt::ToolTipRole)
            return tr("How the article shows the label: a fill, a line under the text or a box. Labels drawn "
                      "differently stay visible where they overlap.");
        break;
    default:
        break;
    }
    return {};
}

QVariant LabelSchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ColorColumn:
        return tr("Colour");
    case HotkeyColumn:
        return tr("Key");
    case StyleColumn:
        return tr("Style");
    default:
        return {};
    }
}

Qt::ItemFlags LabelSchemaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // The colour is chosen in a dialog (the editor opens it), not in place.
    const Qt::ItemFlags editable = index.column() == ColorColumn ? Qt::NoItemFlags : Qt::ItemIsEditable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | editable;
}

bool LabelSchemaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Label changed = m_labels.at(index.row());
    switch (index.column()) {
    case NameColumn:
        changed.name = value.toString();
        break;
    case KindColumn:
        changed.kind = LabelKind(value.toInt());
        break;
    case ColorColumn:
        changed.color = value.value<QColor>();
        break;
    case HotkeyColumn:
        changed.hotkey = value.toString();
        break;
    case StyleColumn:
        changed.style = LabelStyle(value.toInt());
        break;
    default:
        return false;
    }
    QString keyFrom; // the label the key moves from, if any
    for (const Label &other : std::as_const(m_labels)) {
        if (index.column() == HotkeyColumn && other.id != changed.id && !changed.hotkey.isEmpty()
            && other.hotkey == changed.hotkey)
            keyFrom = other.name;
    }
    if (Status s = m_session.annotator().updateLabel(changed); !s) {
        Q_EMIT reported(s.error(), true);
        return false;
    }
    Q_EMIT reported(keyFrom.isEmpty()
                        ? QString()
                        : tr("Key %1 now tags “%2”; “%3” has no key.").arg(changed.hotkey, changed.name, keyFrom),
                    false);
    return true;
}

} // namespace Marginalia::Ui
