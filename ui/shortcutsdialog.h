#pragma once
// The keyboard cheat sheet (F1): every menu action with its shortcut, read
// from the window's menus when it opens so that it cannot drift from them,
// and the keys that are not menu actions (Tab in the article, Del in a
// panel, Ctrl while selecting). A filter box finds a key or an action.

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Marginalia::Ui {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QTreeWidget *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace Marginalia::Ui
