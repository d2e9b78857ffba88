#pragma once
// The Entities panel: the people, organisations and places of the project,
// each with its mentions in the current article, plus the entity mentions of
// the article that no entity claims yet. The user filters and sorts them,
// jumps to a mention (click or Enter), makes an entity of selected mentions
// (Ins), edits one (F2), merges two (Ctrl+M), deletes (Del) and tags every
// occurrence of an entity's name and aliases (Ctrl+T).
//
// It reads the project through the Session and changes it only through the
// Annotator, so every change is written at once and undone by one Ctrl+Z; it
// rebuilds itself whenever the Annotator reports a change, whoever made it.
// The actions are the panel's own (QWidget::actions()), with shortcuts that
// win over the window's while the keyboard is in the panel.

#include "annotation.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class DeferredRefresh;
class EntitiesFilter;

class EntitiesPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, WikidataColumn, ColumnCount };
    enum class RowKind { Entity = 1, Mention, UnlinkedGroup, UnlinkedMention };
    // Carried by the first column of every row.
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        IdRole, // the entity's or the annotation's id
        StartRole, // a mention's span, code points
        EndRole,
    };

    explicit EntitiesPanel(Session &session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // What the view shows: the rows sorted and filtered. Its source model is
    // rebuilt from the project on every change.
    QAbstractItemModel *model() const;
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    // The user chose a mention: select [start, end) (code points) in the article.
    void mentionActivated(qint64 start, qint64 end);
    // A change was refused or could not be read; the window shows it.
    void errorOccurred(const QString &message);
    // What a change did ("3 occurrences tagged"), for the status bar.
    void statusMessage(const QString &message);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ViewState;

    void createActions();
    void refresh();
    void rebuild(const QList<Entity> &entities, const QHash<qint64, int> &totals, const QList<Annotation> &annotations);
    ViewState saveState() const;
    void restoreState(const ViewState &state);
    void spanMentionRows(const QModelIndex &parent, int first, int last);
    void updateActions();
    void showContextMenu(const QPoint &position);
    void activate(const QModelIndex &index);

    void newEntity();
    void editEntity();
    void mergeEntities();
    void deleteEntities();
    void tagAllOccurrences();

    // The entity of the current row (an entity or one of its mentions), or 0.
    qint64 currentEntity() const;
    // The selected entity rows, the one selected first first.
    QList<qint64> selectedEntities() const;
    QList<Annotation> selectedUnlinkedMentions() const;
    QAction *actionFor(const QKeyEvent *event) const;
    void selectKey(const QString &key);
    void report(const QString &message);

    Session &m_session;
    QStandardItemModel *m_model = nullptr;
    EntitiesFilter *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_tagAllAction = nullptr;
    QAction *m_deleteAction = nullptr;
    // As last read: what the actions and the dialogs start from.
    QHash<qint64, Entity> m_entities;
    QHash<qint64, int> m_totals; // mentions in the whole project
    QHash<qint64, Annotation> m_unlinked;
    // The row of each key ("e12", "m34", "u") in the last rebuild.
    QHash<QString, QStandardItem *> m_items;
    QString m_lastReadError; // shown once, not on every rebuild
    DeferredRefresh *m_refresh = nullptr;
};

} // namespace Marginalia::Ui
