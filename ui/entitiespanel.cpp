#include "entitiespanel.h"

#include "deferredrefresh.h"
#include "entitiesfilter.h"
#include "entitydialog.h"
#include "entitymergedialog.h"
#include "entityrows.h"

#include "annotator.h"
#include "projectstore.h"
#include "session.h"

#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QStandardItemModel>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Marginalia::Ui {

using namespace EntityRows;

namespace {

const QString UnlinkedKey = QStringLiteral("u");

// One user intent made of several core calls (three entities deleted, a
// name and its aliases tagged) is undone by one Ctrl+Z. When no call changed
// anything, the empty step is taken off the stack again rather than left
// there for an Undo that does nothing.
class UndoStep
{
public:
    UndoStep(QUndoStack *stack, const QString &text, bool needed)
        : m_stack(needed ? stack : nullptr)
    {
        if (m_stack)
            m_stack->beginMacro(text);
    }
    ~UndoStep()
    {
        if (!m_stack)
            return;
        m_stack->endMacro();
        auto *step = const_cast<QUndoCommand *>(m_stack->command(m_stack->index() - 1));
        if (step && step->childCount() == 0) {
            step->setObsolete(true);
            m_stack->undo(); // deletes an obsolete command
        }
    }
    Q_DISABLE_COPY_MOVE(UndoStep)

private:
    QUndoStack *m_stack;
};

} // namespace

struct EntitiesPanel::ViewState {
    QString current;
    int currentTopRow = -1;
    QSet<QString> expanded;
    QSet<QString> selected;
};

EntitiesPanel::EntitiesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new EntitiesFilter(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("entitiesPanel"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Mentions"), tr("Wikidata")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("entitiesView"));
    m_view->setAccessibleName(tr("Entities"));
    m_view->setAccessibleDescription(tr("Entities with their mentions in this article. Enter shows a mention; "
                                        "Ins makes an entity of selected mentions, F2 edits, Ctrl+M merges two, "
                                        "Ctrl+T tags every occurrence, Del deletes."));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {TypeColumn, MentionsColumn, WikidataColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    m_filter->setObjectName(QStringLiteral("entitiesFilter"));
    m_filter->setAccessibleName(tr("Filter entities by name or alias"));
    m_filter->setPlaceholderText(tr("Filter by name or alias…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("entitiesSummary"));
    m_summary->setWordWrap(true);

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("entitiesToolbar"));
    toolbar->setAccessibleName(tr("Entity actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setIconSize(QSize(16, 16));
    for (QAction *action : actions()) {
        toolbar->addAction(action);
        // Toolbar buttons take no focus by default; these are the panel's
        // only buttons, so Tab must reach them.
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
        button->setFocusPolicy(Qt::TabFocus);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->toolTip());
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(toolbar);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateActions();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntitiesPanel::spanMentionRows);
    connect(m_view, &QTreeView::activated, this, &EntitiesPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &EntitiesPanel::activate);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntitiesPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EntitiesPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntitiesPanel::updateActions);

    // Whoever changes the project (this panel, the article view, undo), the
    // Annotator says so; the store is asked again each time because Save As
    // moves the session to another file.
    // A hidden panel (another tab of the dock) refreshes when shown.
    m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    auto request = [this] { m_refresh->request(); };
    connect(&m_session.annotator(), &Annotator::entitiesChanged, this, request);
    connect(&m_session, &Session::annotationsChanged, this, request);
    connect(&m_session, &Session::articleChanged, this, request);
    connect(&m_session, &Session::projectPathChanged, this, request);
    m_refresh->request(); // built when first on screen
}

QAbstractItemModel *EntitiesPanel::model() const
{
    m_refresh->flush(); // the rows as they are now, even while hidden
    return m_proxy;
}

void EntitiesPanel::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &iconText, const QString &tip,
                       const QKeySequence &shortcut, void (EntitiesPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setIconText(iconText);
        action->setToolTip(tip);
        action->setShortcut(shortcut);
        // The panel's keys, not the window's: see event().
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction =
        make(QStringLiteral("entitiesNew"), tr("&New Entity…"), tr("New"),
             tr("Make an entity of the selected mentions"), QKeySequence(Qt::Key_Insert), &EntitiesPanel::newEntity);
    m_editAction =
        make(QStringLiteral("entitiesEdit"), tr("&Edit Entity…"), tr("Edit"),
             tr("Rename the entity, edit its aliases and links"), QKeySequence(Qt::Key_F2), &EntitiesPanel::editEntity);
    m_mergeAction = make(QStringLiteral("entitiesMerge"), tr("&Merge Entities…"), tr("Merge"),
                         tr("Merge the two selected entities into one"), QKeySequence(Qt::CTRL | Qt::Key_M),
                         &EntitiesPanel::mergeEntities);
    m_tagAllAction = make(QStringLiteral("entitiesTagAll"), tr("&Tag All Occurrences"), tr("Tag All"),
                          tr("Tag every occurrence of the entity's name and aliases in this article"),
                          QKeySequence(Qt::CTRL | Qt::Key_T), &EntitiesPanel::tagAllOccurrences);
    m_deleteAction = make(QStringLiteral("entitiesDelete"), tr("&Delete Entity"), tr("Delete"),
                          tr("Delete the selected entities; their mentions stay, unlinked"),
                          QKeySequence(QKeySequence::Delete), &EntitiesPanel::deleteEntities);
}

void EntitiesPanel::refresh()
{
    ProjectStore &store = m_session.store();
    auto entities = store.entities();
    QString error = entities.error();
    QHash<qint64, int> totals;
    for (qsizetype i = 0; entities.ok() && error.isEmpty() && i < entities->size(); ++i) {
        const qint64 id = entities->at(i).id;
        auto mentions = store.mentions(id);
        if (mentions)
            totals.insert(id, int(mentions->size()));
        else
            error = mentions.error();
    }
    // The session's list is the store's, kept current change by change.
    const QList<Annotation> annotations = m_session.hasArticle() ? m_session.annotations() : QList<Annotation>();
    if (!error.isEmpty()) {
        // The rows read last stay: stale but still useful to look at.
        m_summary->setText(tr("The entities could not be read: %1").arg(error));
        if (error != m_lastReadError)
            report(tr("The entities could not be read: %1").arg(error));
        m_lastReadError = error;
        return;
    }
    m_lastReadError.clear();
    const ViewState state = saveState();
    rebuild(*entities, totals, annotations);
    restoreState(state);
    updateActions();
}

void EntitiesPanel::rebuild(const QList<Entity> &entities, const QHash<qint64, int> &totals,
                            const QList<Annotation> &annotations)
{
    QHash<qint64, Label> labels;
    for (const Label &l : m_session.labels())
        labels.insert(l.id, l);
    auto labelOf = [&labels](qint64 id) { return labels.contains(id) ? &labels[id] : nullptr; };
    QHash<qint64, QList<Annotation>> mentions; // of each entity, in this article
    QList<Annotation> unlinked;
    for (const Annotation &a : annotations) {
        if (a.entityId > 0)
            mentions[a.entityId].append(a);
        else if (const Label *l = labelOf(a.labelId); l && l->kind == LabelKind::Entity)
            unlinked.append(a);
    }

    // Rows removed, not a reset: the header keeps its section sizes. The
    // expansions and the selection go with the rows; restoreState() brings
    // them back.
    m_model->setRowCount(0);
    m_items.clear();
    m_entities.clear();
    m_unlinked.clear();
    m_totals = totals;
    QList<QList<QStandardItem *>> rows;
    for (const Entity &e : entities) {
        const QList<Annotation> &here = mentions[e.id];
        QList<QStandardItem *> row = entityRow(e, labelOf(e.labelId), int(here.size()), totals.value(e.id));
        for (const Annotation &a : here) {
            QStandardItem *mention = mentionItem(a, Kind::Mention, labelOf(a.labelId));
            row.constFirst()->appendRow(mention);
            m_items.insert(mentionKey(a.id), mention);
        }
        m_items.insert(entityKey(e.id), row.constFirst());
        m_entities.insert(e.id, e);
        rows << row;
    }
    if (!unlinked.isEmpty()) {
        auto *group = item(tr("Not linked to an entity"), QString());
        group->setData(int(Kind::UnlinkedGroup), KindRole);
        group->setData(UnlinkedKey, KeyRole);
        group->setToolTip(tr("Mentions tagged with an entity label but not linked to an entity yet: select "
                             "some and press Ins to make them an entity."));
        auto *count = item(QString::number(unlinked.size()), int(unlinked.size()));
        count->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        for (const Annotation &a : std::as_const(unlinked)) {
            QStandardItem *mention = mentionItem(a, Kind::UnlinkedMention, labelOf(a.labelId));
            group->appendRow(mention);
            m_items.insert(mentionKey(a.id), mention);
            m_unlinked.insert(a.id, a);
        }
        m_items.insert(UnlinkedKey, group);
        rows << QList<QStandardItem *>{group, item(QString(), QString()), count, item(QString(), QString())};
    }
    for (const QList<QStandardItem *> &row : std::as_const(rows))
        m_model->appendRow(row);
    // A column of blanks costs the names their room in a narrow dock: the
    // Wikidata column shows once an entity is linked.
    const bool anyLinked = std::any_of(entities.cbegin(), entities.cend(),
                                       [](const Entity &e) { return !e.wikidata.isEmpty() || !e.url.isEmpty(); });
    m_view->setColumnHidden(WikidataColumn, !anyLinked);

    if (entities.isEmpty() && unlinked.isEmpty())
        m_summary->setText(tr("No entities yet. Tag a name in the article (1, 2 or 3), select it here and press "
                              "Ins to make it an entity."));
    else
        m_summary->setText(tr("%Ln entity(ies)", nullptr, int(entities.size())) + QStringLiteral(" · ")
                           + tr("%Ln mention(s) not linked", nullptr, int(unlinked.size())));
}

EntitiesPanel::ViewState EntitiesPanel::saveState() const
{
    ViewState state;
    const QModelIndex current = m_view->currentIndex();
    state.current = current.siblingAtColumn(0).data(KeyRole).toString();
    QModelIndex top = current;
    while (top.parent().isValid())
        top = top.parent();
    state.currentTopRow = top.isValid() ? top.row() : -1;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const QModelIndex index = m_proxy->mapFromSource(it.value()->index());
        if (index.isValid() && m_view->isExpanded(index))
            state.expanded.insert(it.key());
    }
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0))
        state.selected.insert(index.data(KeyRole).toString());
    return state;
}

void EntitiesPanel::restoreState(const ViewState &state)
{
    auto indexOf = [this](const QString &key) {
        QStandardItem *i = m_items.value(key);
        return i ? m_proxy->mapFromSource(i->index()) : QModelIndex();
    };
    for (const QString &key : state.expanded)
        m_view->setExpanded(indexOf(key), true);
    QItemSelectionModel *selection = m_view->selectionModel();
    const auto rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    for (const QString &key : state.selected) {
        if (const QModelIndex index = indexOf(key); index.isValid())
            selection->select(index, rows);
    }
    if (const QModelIndex current = indexOf(state.current); current.isValid()) {
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    } else if (state.currentTopRow >= 0 && m_proxy->rowCount() > 0) {
        // The current row went (deleted, merged): its neighbour takes its
        // place, selected, so that Del can be pressed again.
        const QModelIndex next = m_proxy->index(std::min(state.currentTopRow, m_proxy->rowCount() - 1), 0);
        selection->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void EntitiesPanel::spanMentionRows(const QModelIndex &parent, int first, int last)
{
    // A mention has only its text and context: it gets the whole width.
    for (int row = first; row <= last; ++row) {
        if (parent.isValid()) {
            m_view->setFirstColumnSpanned(row, parent, true);
            continue;
        }
        const QModelIndex top = m_proxy->index(row, 0);
        for (int child = 0; child < m_proxy->rowCount(top); ++child)
            m_view->setFirstColumnSpanned(child, top, true);
    }
}

void EntitiesPanel::updateActions()
{
    const bool writable = !m_session.isReadOnly();
    const qint64 current = currentEntity();
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(writable && current > 0);
    m_mergeAction->setEnabled(writable && selectedEntities().size() == 2);
    m_tagAllAction->setEnabled(writable && current > 0 && m_session.hasArticle());
    m_deleteAction->setEnabled(writable && !selectedEntities().isEmpty());
}

void EntitiesPanel::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const QModelIndex index = m_view->indexAt(position);
    if (kindOf(index) == Kind::Mention || kindOf(index) == Kind::UnlinkedMention)
        menu.addAction(tr("&Show in Article"), this, [this, index] { activate(index); });
    menu.addActions({m_newAction, m_editAction, m_mergeAction, m_tagAllAction});
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EntitiesPanel::activate(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    if (kindOf(first) == Kind::Mention || kindOf(first) == Kind::UnlinkedMention)
        Q_EMIT mentionActivated(first.data(StartRole).toLongLong(), first.data(EndRole).toLongLong());
}

void EntitiesPanel::newEntity()
{
    QList<Annotation> mentions = selectedUnlinkedMentions();
    Entity draft;
    QList<Label> types;
    for (const Label &l : m_session.labels()) {
        if (l.kind == LabelKind::Entity)
            types << l;
    }
    if (!mentions.isEmpty()) {
        draft.name = mentions.constFirst().quote.simplified();
        draft.labelId = mentions.constFirst().labelId;
    } else if (!types.isEmpty()) {
        draft.labelId = types.constFirst().id;
    }
    QList<qint64> ids;
    for (const Annotation &a : std::as_const(mentions))
        ids << a.id;
    auto apply = [this, ids](const Entity &e) -> Status {
        auto created = m_session.annotator().createEntity(e, ids);
        if (created) {
            selectKey(entityKey(*created));
            m_view->expand(m_view->currentIndex());
            Q_EMIT statusMessage(tr("Entity “%1” created.").arg(e.name));
        } else if (m_session.annotator().lastWriteFailed()) {
            // Kept and written later: nothing to retry in the dialog.
            report(created.error());
        } else {
            return makeError(created.error());
        }
        return {};
    };
    auto *dialog = new EntityDialog(draft, types, true, apply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EntitiesPanel::editEntity()
{
    const qint64 id = currentEntity();
    auto entity = m_session.store().entity(id);
    if (!entity) {
        report(entity.error());
        return;
    }
    QList<Label> types;
    for (const Label &l : m_session.labels()) {
        if (l.kind == LabelKind::Entity || l.id == entity->labelId)
            types << l;
    }
    auto apply = [this](const Entity &e) -> Status {
        if (Status s = m_session.annotator().updateEntity(e); !s) {
            // A change kept for a later write is not lost: nothing to retry here.
            if (!m_session.annotator().lastWriteFailed())
                return s;
            report(s.error());
        }
        Q_EMIT statusMessage(tr("Entity “%1” saved.").arg(e.name));
        return {};
    };
    auto *dialog = new EntityDialog(*entity, types, false, apply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EntitiesPanel::mergeEntities()
{
    const QList<qint64> ids = selectedEntities();
    if (ids.size() != 2)
        return;
    const Entity first = m_entities.value(ids.at(0));
    const Entity second = m_entities.value(ids.at(1));
    auto *dialog = new EntityMergeDialog(first, m_totals.value(first.id), second, m_totals.value(second.id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Entity kept = m_entities.value(dialog->kept());
        const Entity merged = m_entities.value(dialog->merged());
        if (Status s = m_session.annotator().mergeEntities(kept.id, merged.id); !s) {
            report(s.error());
            return;
        }
        selectKey(entityKey(kept.id));
        Q_EMIT statusMessage(tr("“%1” merged into “%2”.").arg(merged.name, kept.name));
    });
    dialog->open();
}

void EntitiesPanel::deleteEntities()
{
    const QList<qint64> ids = selectedEntities();
    if (ids.isEmpty())
        return;
    const QString first = m_entities.value(ids.constFirst()).name;
    int deleted = 0;
    {
        UndoStep step(m_session.annotator().undoStack(), tr("Delete %Ln entity(ies)", nullptr, int(ids.size())),
                      ids.size() > 1);
        for (qint64 id : ids) {
            if (Status s = m_session.annotator().deleteEntity(id); !s) {
                report(s.error());
                break;
            }
            ++deleted;
        }
    }
    if (deleted == 1)
        Q_EMIT statusMessage(tr("Entity “%1” deleted; its mentions stay. Ctrl+Z brings it back.").arg(first));
    else if (deleted > 1)
        Q_EMIT statusMessage(
            tr("%Ln entities deleted; their mentions stay. Ctrl+Z brings them back.", nullptr, deleted));
}

void EntitiesPanel::tagAllOccurrences()
{
    const Entity entity = m_entities.value(currentEntity());
    if (entity.id == 0 || !m_session.hasArticle())
        return;
    QStringList texts;
    for (const QString &text : QStringList{entity.name} + entity.aliases) {
        if (!text.trimmed().isEmpty() && !texts.contains(text))
            texts << text;
    }
    // Longest first: "Emmanuel Macron" is tagged before the alias "Macron",
    // which then finds that occurrence covered and leaves it alone.
    std::stable_sort(texts.begin(), texts.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    int tagged = 0;
    {
        UndoStep step(m_session.annotator().undoStack(), tr("Tag all occurrences of “%1”").arg(entity.name),
                      texts.size() > 1);
        for (const QString &text : std::as_const(texts)) {
            auto count =
                m_session.annotator().tagAllOccurrences(m_session.article().id, entity.labelId, text, entity.id);
            if (!count) {
                report(count.error());
                break;
            }
            tagged += *count;
        }
    }
    Q_EMIT statusMessage(tagged == 0 ? tr("No untagged occurrence of “%1” in this article.").arg(entity.name)
                                     : tr("%Ln occurrence(s) of “%1” tagged.", nullptr, tagged).arg(entity.name));
}

qint64 EntitiesPanel::currentEntity() const
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    switch (kindOf(current)) {
    case Kind::Entity:
        return current.data(IdRole).toLongLong();
    case Kind::Mention:
        return current.parent().data(IdRole).toLongLong();
    default:
        return 0;
    }
}

QList<qint64> EntitiesPanel::selectedEntities() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0)) {
        if (kindOf(index) == Kind::Entity)
            ids << index.data(IdRole).toLongLong();
    }
    // Clicking A then Ctrl+clicking B, or Shift+Down from A, leaves B current:
    // the one selected first is the other.
    const qint64 current = currentEntity();
    if (ids.size() > 1 && ids.removeOne(current))
        ids.append(current);
    return ids;
}

QList<Annotation> EntitiesPanel::selectedUnlinkedMentions() const
{
    QList<Annotation> mentions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0)) {
        if (kindOf(index) == Kind::UnlinkedMention)
            mentions << m_unlinked.value(index.data(IdRole).toLongLong());
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Annotation &a, const Annotation &b) { return a.start < b.start; });
    return mentions;
}

void EntitiesPanel::selectKey(const QString &key)
{
    QStandardItem *i = m_items.value(key);
    const QModelIndex index = i ? m_proxy->mapFromSource(i->index()) : QModelIndex();
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QAction *EntitiesPanel::actionFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    for (QAction *action : actions()) {
        if (action->shortcut() == pressed)
            return action;
    }
    return nullptr;
}

bool EntitiesPanel::event(QEvent *event)
{
    // The window binds Del (and perhaps others) to its own actions; while the
    // keyboard is in this panel its keys mean the panel's actions. Claiming
    // the shortcut turns it into a key press, handled below.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        if (QAction *action = actionFor(static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::KeyPress && action->isEnabled())
                action->trigger();
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool EntitiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The view would take Del as the start of a keyboard search.
    if (watched == m_view && event->type() == QEvent::KeyPress && actionFor(static_cast<QKeyEvent *>(event)))
        return this->event(event);
    return QWidget::eventFilter(watched, event);
}

void EntitiesPanel::report(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace Marginalia::Ui
