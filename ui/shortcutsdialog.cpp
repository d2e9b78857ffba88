#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

QString plain(QString text)
{
    // "&Next Finding" -> "Next Finding"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void listActions(QTreeWidgetItem *section, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            listActions(section, action->menu()->actions());
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(section, {plain(action->text()), texts.join(QStringLiteral(", "))});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, const QList<QDockWidget *> &panels, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setPlaceholderText(tr("Find an action or a key…"));
    m_filter->setClearButtonEnabled(true);

    auto addSection = [this](const QString &title) {
        auto *section = new QTreeWidgetItem(m_table, {title});
        section->setFirstColumnSpanned(true);
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        return section;
    };
    for (QAction *top : menus->actions()) {
        if (!top->menu())
            continue;
        QTreeWidgetItem *section = addSection(plain(top->text()));
        listActions(section, top->menu()->actions());
        if (section->childCount() == 0)
            delete section;
    }
    for (const QDockWidget *dock : panels) {
        if (!dock->widget())
            continue;
        QTreeWidgetItem *section = addSection(tr("In the %1 panel").arg(plain(dock->windowTitle())));
        listActions(section, dock->widget()->actions());
        if (section->childCount() == 0)
            delete section;
    }
    // Keys that belong to a widget, not to an action.
    QTreeWidgetItem *other = addSection(tr("In the article and the panels"));
    const QList<QPair<QString, QString>> keys = {
        {tr("Next / previous annotation (in the article)"), tr("Tab, Shift+Tab")},
        {tr("Edit the claim at the caret, or explain the finding there"), tr("Enter")},
        {tr("Move the caret; select word by word"), tr("Arrows; Shift+Ctrl+Left/Right")},
        {tr("Select exactly what the keys cover"), tr("Shift+arrows")},
        {tr("Select exact characters with the mouse (no snapping to words)"), tr("Ctrl+drag")},
        {tr("Leave the article for the next panel"), tr("Ctrl+Tab")},
        {tr("Delete the selected annotations (Annotations panel)"), tr("Del")},
        {tr("Go to the selected row (any panel)"), tr("Enter")},
    };
    for (const auto &[action, key] : keys)
        new QTreeWidgetItem(other, {action, key});
    m_table->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_table->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *item = section->child(j);
            const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
                || item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        section->setHidden(shown == 0);
    }
}

} // namespace Marginalia::Ui
