#include "preferencesdialog.h"

#include "preferencespages.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

// A page with its title above it, as KDE's page dialogs show it.
QWidget *titled(QWidget *content, const QString &title)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(content, 1);
    return page;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_applied(current)
{
    setWindowTitle(tr("Configure — Marginalia"));
    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("pages"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setIconSize(QSize(32, 32));
    m_pageList->setSpacing(3);
    m_pages = new QStackedWidget(this);

    m_appearance = new AppearancePage;
    m_spelling = new SpellingPage;
    m_findings = new FindingsPage;
    // The list owns the items addPage() makes (cppcheck takes them for leaks).
    // cppcheck-suppress leakReturnValNotUsed
    addPage(m_appearance, tr("Appearance"), QStringLiteral("preferences-desktop-theme"));
    // cppcheck-suppress leakReturnValNotUsed
    addPage(m_spelling, tr("Spelling"), QStringLiteral("tools-check-spelling"));
    // cppcheck-suppress leakReturnValNotUsed
    addPage(m_findings, tr("Findings"), QStringLiteral("view-filter"));
    m_labelsHolder = new QWidget;
    auto *holderLayout = new QVBoxLayout(m_labelsHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_labelsItem = addPage(m_labelsHolder, tr("Labels"), QStringLiteral("tag"));
    m_labelsItem->setHidden(true);
    m_pageList->setCurrentRow(0);
    m_pageList->setFixedWidth(std::max(140, m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 24));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_applyButton = m_buttons->button(QDialogButtonBox::Apply);
    m_defaultsButton = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    // With mnemonics on every desktop, not only where the platform adds them.
    m_applyButton->setText(tr("&Apply"));
    m_defaultsButton->setText(tr("Restore &Defaults"));
    m_defaultsButton->setToolTip(tr("Put every page back to the defaults; Apply or OK keeps them"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_defaultsButton, &QPushButton::clicked, this, &PreferencesDialog::restoreDefaults);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    // Ctrl+PgUp / Ctrl+PgDown step through the pages from anywhere, as in
    // KDE's page dialogs.
    auto step = [this](int by) {
        int row = m_pageList->currentRow();
        do
            row = (row + by + m_pageList->count()) % m_pageList->count();
        while (m_pageList->item(row)->isHidden());
        m_pageList->setCurrentRow(row);
    };
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, this,
            [step] { step(1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, this,
            [step] { step(-1); });

    load(current);
    connect(m_appearance, &AppearancePage::changed, this, &PreferencesDialog::updateButtons);
    connect(m_spelling, &SpellingPage::changed, this, &PreferencesDialog::updateButtons);
    connect(m_findings, &FindingsPage::changed, this, &PreferencesDialog::updateButtons);
    updateButtons();
    resize(760, 500);
}

QListWidgetItem *PreferencesDialog::addPage(QWidget *page, const QString &title, const QString &iconName)
{
    m_pages->addWidget(titled(page, title));
    return new QListWidgetItem(QIcon::fromTheme(iconName), title, m_pageList);
}

void PreferencesDialog::setLabelsPage(QWidget *page)
{
    QLayout *layout = m_labelsHolder->layout();
    while (QLayoutItem *old = layout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    layout->addWidget(page);
    m_labelsItem->setHidden(false);
}

void PreferencesDialog::showPage(Page page)
{
    if (!m_pageList->item(int(page))->isHidden())
        m_pageList->setCurrentRow(int(page));
}

PreferencesDialog::Page PreferencesDialog::currentPage() const
{
    return Page(m_pageList->currentRow());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    m_appearance->store(p);
    m_spelling->store(p);
    m_findings->store(p);
    return p;
}

void PreferencesDialog::load(const Preferences &preferences)
{
    m_appearance->load(preferences);
    m_spelling->load(preferences);
    m_findings->load(preferences);
}

void PreferencesDialog::updateButtons()
{
    const Preferences shown = preferences();
    m_applyButton->setEnabled(shown != m_applied);
    m_defaultsButton->setEnabled(shown != Preferences());
}

void PreferencesDialog::apply()
{
    const Preferences chosen = preferences();
    if (chosen == m_applied)
        return;
    chosen.save();
    m_applied = chosen;
    updateButtons();
    Q_EMIT preferencesChanged(chosen);
}

void PreferencesDialog::restoreDefaults()
{
    load(Preferences());
    updateButtons();
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

QList<QKeySequence> PreferencesDialog::shortcuts()
{
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace Marginalia::Ui
