#pragma once
// The label schema editor: a table of the project's labels (name, kind,
// colour, key, style) edited in place, with Add and Remove, meant for a page
// of the Preferences dialog. Every change goes through the Annotator, so it
// is written at once and undone by Ctrl+Z, here or in the window; a change
// the Annotator refuses (a name taken, a label still in use) is explained
// under the table and nothing changes.
//
// Keys, while the keyboard is in the editor: arrows move between cells; F2
// or Enter edits the cell (Enter on the colour opens the colour dialog);
// Ins adds a label, Del removes the current one, Ctrl+Z and Ctrl+Shift+Z
// undo and redo. They win over the window's own shortcuts for those keys.

#include <QWidget>

class QAction;
class QKeyEvent;
class QLabel;
class QPushButton;
class QTableView;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class LabelSchemaModel;

class LabelSchemaEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LabelSchemaEditor(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    LabelSchemaModel *model() const { return m_model; }
    // What the last action did, or why it was refused.
    QLabel *message() const { return m_message; }

public Q_SLOTS:
    // A new entity label with a free colour, its name open for typing.
    void addLabel();
    void removeCurrentLabel();
    // Opens the colour dialog for the current label.
    void chooseColor();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                        void (LabelSchemaEditor::*slot)());
    QAction *actionFor(const QKeyEvent *event) const;
    void report(const QString &message, bool error);
    void undoOrRedo(bool undo);

    Session &m_session;
    LabelSchemaModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_color = nullptr;
};

} // namespace Marginalia::Ui
