#pragma once
// Settings ▸ Configure Marginalia…: a KDE-style page dialog (pages listed on
// the left) over the app-wide Preferences. Apply and OK write marginalia.ini
// and emit preferencesChanged(); Cancel forgets what was not applied;
// Restore Defaults puts every page back to the defaults, to be applied.

#include "preferences.h"

#include <QDialog>
#include <QKeySequence>

class QDialogButtonBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace Marginalia::Ui {

class AppearancePage;
class FindingsPage;
class SpellingPage;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Appearance, Spelling, Findings, Labels };

    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    // The Labels page: the label schema editor, owned by the dialog from
    // now on. The page is listed only once it has a widget.
    void setLabelsPage(QWidget *page);
    void showPage(Page page);
    Page currentPage() const;

    // What the controls say, applied or not.
    Preferences preferences() const;
    // What was last applied (or given to the constructor).
    const Preferences &applied() const { return m_applied; }

    // The keys of the menu entry: KDE's Ctrl+Shift+, everywhere, and the
    // platform's own Preferences key where it has another one (Ctrl+, on macOS).
    static QList<QKeySequence> shortcuts();

public Q_SLOTS:
    void apply();
    void restoreDefaults();
    void accept() override;

Q_SIGNALS:
    void preferencesChanged(const Marginalia::Ui::Preferences &preferences);

private:
    QListWidgetItem *addPage(QWidget *page, const QString &title, const QString &iconName);
    void load(const Preferences &preferences);
    void updateButtons();

    Preferences m_applied;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    AppearancePage *m_appearance = nullptr;
    SpellingPage *m_spelling = nullptr;
    FindingsPage *m_findings = nullptr;
    QWidget *m_labelsHolder = nullptr; // takes the editor in setLabelsPage()
    QListWidgetItem *m_labelsItem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_defaultsButton = nullptr;
};

} // namespace Marginalia::Ui
