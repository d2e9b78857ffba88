#pragma once
// The keyboard cheat sheet (F1): every menu action with its shortcut, read
// from the window's menus and the panels' own actions when it opens so that
// it cannot drift from them, and the keys that are not actions (Tab in the article, Del in a
// panel, Ctrl while selecting). A filter box finds a key or an action.

#include <QDialog>

class QDockWidget;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Marginalia::Ui {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    // A panel's section lists the actions of the dock's widget that have keys
    // (they work while the keyboard is in that panel).
    ShortcutsDialog(const QMenuBar *menus, const QList<QDockWidget *> &panels, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QTreeWidget *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace Marginalia::Ui
