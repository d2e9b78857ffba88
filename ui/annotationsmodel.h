#pragma once
// The current article's annotations as a table for the Annotations panel,
// in reading order, with a proxy that filters them by label, by status
// (orphans) and by text. Both only observe what the Session holds.

#include "annotation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Marginalia::Ui {

class AnnotationsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, TextColumn, DetailColumn, PositionColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StartRole, EndRole, LabelIdRole, OrphanRole, SearchTextRole };

    explicit AnnotationsModel(QObject *parent = nullptr);

    // `entityNames` maps entity ids to their names, for the mentions.
    void setAnnotations(const QList<Annotation> &annotations, const QList<Label> &labels,
                        const QHash<qint64, QString> &entityNames);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const QList<Label> &labels() const { return m_labels; }
    // The row of an annotation, or -1.
    int rowOf(qint64 annotationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the Detail column says: the entity, the claim's verdict, the MT
    // error's category, or that an orphan lost its text.
    QString detail(const Annotation &a) const;

private:
    const Label *label(qint64 id) const;

    QList<Annotation> m_annotations;
    QList<Label> m_labels;
    QHash<qint64, QString> m_entityNames;
};

class AnnotationsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationsFilter(QObject *parent = nullptr);

    // 0: every label.
    void setLabel(qint64 labelId);
    void setOrphansOnly(bool on);
    // Case-insensitive; matches the text, the label and the detail.
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_labelId = 0;
    bool m_orphansOnly = false;
    QString m_search;
};

} // namespace Marginalia::Ui
