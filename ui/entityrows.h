#pragma once
// EntityRows: the roles the Entities panel's rows carry, and the making of an entity's or a mention's row.

#include "entitiespanel.h"

#include <QList>
#include <QString>

class QModelIndex;
class QStandardItem;
class QVariant;

namespace Marginalia::Ui::EntityRows {

using Kind = EntitiesPanel::RowKind;

// Private roles, next to the public ones of the first column.
constexpr int KeyRole = Qt::UserRole + 100; // "e12", "m34", "u": finds the row again after a rebuild
constexpr int SortRole = Qt::UserRole + 101; // the value a column sorts by
constexpr int TotalRole = Qt::UserRole + 102; // mentions in the project, second sort key of the count
constexpr int SearchRole = Qt::UserRole + 103; // what the filter matches, folded

Kind kindOf(const QModelIndex &index);
QString entityKey(qint64 id);
QString mentionKey(qint64 id);
QString fold(const QString &text);
QStandardItem *item(const QString &text, const QVariant &sortValue);
QList<QStandardItem *> entityRow(const Entity &e, const Label *label, int here, int total);
QStandardItem *mentionItem(const Annotation &a, Kind kind, const Label *label);

} // namespace Marginalia::Ui::EntityRows
