#include "labelschemaeditor.h"

#include "labelappearance.h"
#include "labelschemamodel.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

using Column = LabelSchemaModel::Column;

// Colours offered to new labels, and in the colour dialog's custom colours:
// the Okabe–Ito palette (apart for the common colour-vision deficiencies),
// then Paul Tol's muted colours.
const char *const SafeColors[] = {"#56b4e9", "#e69f00", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
                                  "#999999", "#882255", "#44aa99", "#117733", "#332288", "#aa4499", "#ddcc77"};

// Kind, key and style are picked from a list; the name is typed.
class LabelSchemaDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString name = index.siblingAtColumn(Column::NameColumn).data().toString();
        switch (index.column()) {
        case Column::KindColumn: {
            QComboBox *combo = makeCombo(parent, LabelSchemaEditor::tr("Kind of “%1”").arg(name));
            for (LabelKind kind : LabelAppearance::kinds())
                combo->addItem(LabelAppearance::kindName(kind), int(kind));
            return combo;
        }
        case Column::HotkeyColumn: {
            QComboBox *combo = makeCombo(parent, LabelSchemaEditor::tr("Key of “%1”").arg(name));
            combo->addItem(LabelSchemaEditor::tr("No key"), QString());
            const auto *model = static_cast<const LabelSchemaModel *>(index.model());
            for (char digit = '1'; digit <= '9'; ++digit) {
                const QString key(QLatin1Char{digit});
                QString holder;
                for (const Label &l : model->labels()) {
                    if (l.hotkey == key && l.name != name)
                        holder = l.name;
                }
                combo->addItem(holder.isEmpty() ? key : LabelSchemaEditor::tr("%1 (from “%2”)").arg(key, holder), key);
            }
            return combo;
        }
        case Column::StyleColumn: {
            QComboBox *combo = makeCombo(parent, LabelSchemaEditor::tr("Style of “%1”").arg(name));
            const QColor color = index.siblingAtColumn(Column::ColorColumn).data(Qt::EditRole).value<QColor>();
            for (LabelStyle style : LabelAppearance::styles())
                combo->addItem(LabelAppearance::sample(style, color, parent->palette(), parent->font()),
                               LabelAppearance::styleName(style), int(style));
            return combo;
        }
        default: {
            QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
            editor->setAccessibleName(LabelSchemaEditor::tr("Name of “%1”").arg(name));
            return editor;
        }
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        // Only a change is written: leaving a cell as it was is no undo step.
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->currentData() != index.data(Qt::EditRole))
                model->setData(index, combo->currentData());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != index.data(Qt::EditRole).toString())
                model->setData(index, line->text());
        }
    }

private:
    // A list that opens at once and writes what is picked from it, by a
    // click or by arrows and Enter.
    QComboBox *makeCombo(QWidget *parent, const QString &accessibleName) const
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(accessibleName);
        QTimer::singleShot(0, combo, &QComboBox::showPopup);
        auto *self = const_cast<LabelSchemaDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
};

QString freeName(const QList<Label> &labels)
{
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? LabelSchemaEditor::tr("New label") : LabelSchemaEditor::tr("New label %1").arg(n);
        if (std::none_of(labels.cbegin(), labels.cend(),
                         [&name](const Label &l) { return l.name.compare(name, Qt::CaseInsensitive) == 0; }))
            return name;
    }
}

QColor freeColor(const QList<Label> &labels)
{
    for (const char *candidate : SafeColors) {
        const QColor color(QLatin1String{candidate});
        if (std::none_of(labels.cbegin(), labels.cend(), [&color](const Label &l) { return l.color == color; }))
            return color;
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace

LabelSchemaEditor::LabelSchemaEditor(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LabelSchemaModel(session, this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("labelSchemaEditor"));
    m_view->setObjectName(QStringLiteral("labelSchemaTable"));
    m_view->setAccessibleName(tr("Labels"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LabelSchemaDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab goes on to the buttons
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LabelSchemaModel::NameColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == LabelSchemaModel::ColorColumn)
            chooseColor();
    });
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, LabelSchemaModel::NameColumn));

    m_message->setObjectName(QStringLiteral("labelSchemaMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    connect(m_model, &LabelSchemaModel::reported, this, &LabelSchemaEditor::report);

    auto *add = new QPushButton(tr("Add &Label"), this);
    add->setObjectName(QStringLiteral("addLabel"));
    add->setAccessibleName(tr("Add a label"));
    add->setToolTip(tr("Add a label (Ins)"));
    connect(add, &QPushButton::clicked, this, &LabelSchemaEditor::addLabel);
    m_color = new QPushButton(tr("&Colour…"), this);
    m_color->setObjectName(QStringLiteral("chooseLabelColor"));
    m_color->setAccessibleName(tr("Choose the label's colour"));
    m_color->setToolTip(tr("Choose the current label's colour (Enter on its colour)"));
    connect(m_color, &QPushButton::clicked, this, &LabelSchemaEditor::chooseColor);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeLabel"));
    m_remove->setAccessibleName(tr("Remove the label"));
    m_remove->setToolTip(tr("Remove the current label, if no annotation uses it (Del)"));
    connect(m_remove, &QPushButton::clicked, this, &LabelSchemaEditor::removeCurrentLabel);

    makeAction(QStringLiteral("labelSchemaAdd"), tr("Add Label"), {QKeySequence(Qt::Key_Insert)},
               &LabelSchemaEditor::addLabel);
    makeAction(QStringLiteral("labelSchemaRemove"), tr("Remove Label"), {QKeySequence(Qt::Key_Delete)},
               &LabelSchemaEditor::removeCurrentLabel);
    auto *undo = makeAction(QStringLiteral("labelSchemaUndo"), tr("Undo"), {QKeySequence::Undo}, nullptr);
    connect(undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    auto *redo = makeAction(QStringLiteral("labelSchemaRedo"), tr("Redo"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo}, nullptr);
    connect(redo, &QAction::triggered, this, [this] { undoOrRedo(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_color);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

QAction *LabelSchemaEditor::makeAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                                       void (LabelSchemaEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    // The editor's keys, not the window's: see event().
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    return action;
}

QAction *LabelSchemaEditor::actionFor(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (QAction *action : actions()) {
        if (action->shortcuts().contains(pressed))
            return action;
    }
    return nullptr;
}

bool LabelSchemaEditor::event(QEvent *event)
{
    // The window binds Del and Ctrl+Z to its own actions; while the keyboard
    // is in the editor they mean the editor's. Claiming the shortcut turns
    // it into a key press, handled here. (A cell being typed in claims its
    // own editing keys first.)
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        if (QAction *action = actionFor(static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            event->accept();
            return true;
        }
    }
    // Enter that finished typing in a cell ends here: in a dialog it would
    // go on to press the default button and close the dialog.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool LabelSchemaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // The view would take Del as the start of a keyboard search.
    if (actionFor(key))
        return this->event(event);
    // Enter edits the cell; in a dialog it would press the default button.
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
        && QApplication::focusWidget() == m_view && m_view->currentIndex().isValid()) { // not a cell's editor
        if (m_view->currentIndex().column() == LabelSchemaModel::ColorColumn)
            chooseColor();
        else
            m_view->edit(m_view->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LabelSchemaEditor::report(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setProperty("error", error);
}

void LabelSchemaEditor::undoOrRedo(bool undo)
{
    QUndoStack *stack = m_session.annotator().undoStack();
    const QString text = undo ? stack->undoText() : stack->redoText();
    if (undo ? !stack->canUndo() : !stack->canRedo()) {
        report(undo ? tr("Nothing to undo.") : tr("Nothing to redo."), false);
        return;
    }
    undo ? stack->undo() : stack->redo();
    report(undo ? tr("Undone: %1.").arg(text) : tr("Redone: %1.").arg(text), false);
}

void LabelSchemaEditor::addLabel()
{
    const QList<Label> &labels = m_model->labels();
    Label draft;
    draft.name = freeName(labels);
    draft.kind = LabelKind::Entity;
    draft.style = defaultLabelStyle(draft.kind);
    draft.color = freeColor(labels);
    auto id = m_session.annotator().addLabel(draft);
    if (!id) {
        report(id.error(), true);
        return;
    }
    report(tr("Added “%1”: type its name and press Enter.").arg(draft.name), false);
    const QModelIndex name = m_model->index(m_model->rowOf(*id), LabelSchemaModel::NameColumn);
    m_view->setFocus();
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void LabelSchemaEditor::removeCurrentLabel()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        report(tr("Choose the label to remove first."), true);
        return;
    }
    const Label label = m_model->labels().at(current.row());
    if (Status s = m_session.annotator().removeLabel(label.id); !s) {
        report(s.error(), true);
        return;
    }
    report(tr("Removed “%1”. Ctrl+Z brings it back.").arg(label.name), false);
}

void LabelSchemaEditor::chooseColor()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        report(tr("Choose the label to colour first."), true);
        return;
    }
    const Label label = m_model->labels().at(current.row());
    // The safe colours within reach, unless the user keeps colours there.
    for (int i = 0; i < int(std::size(SafeColors)) && i < QColorDialog::customCount(); ++i) {
        if (QColorDialog::customColor(i) == QColor(Qt::white))
            QColorDialog::setCustomColor(i, QColor(QLatin1String{SafeColors[i]}));
    }
    auto *dialog = new QColorDialog(label.color, this);
    dialog->setObjectName(QStringLiteral("labelColorDialog"));
    dialog->setOption(QColorDialog::DontUseNativeDialog);
    dialog->setWindowTitle(tr("Colour of “%1”").arg(label.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this, id = label.id](const QColor &color) {
        if (const int row = m_model->rowOf(id); row >= 0)
            m_model->setData(m_model->index(row, LabelSchemaModel::ColorColumn), color);
    });
    dialog->open();
}

} // namespace Marginalia::Ui
