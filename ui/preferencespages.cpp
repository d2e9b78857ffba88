#include "preferencespages.h"

#include "findingstyle.h"
#include "spellbackend.h"
#include "spelllanguages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#if defined(MARGINALIA_WITH_SONNET)
#include <Sonnet/DictionaryComboBox>
#endif

namespace Marginalia::Ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A role, not a colour: it follows a change of theme while shown.
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

#if !defined(MARGINALIA_WITH_SONNET)
// "français (France)" for "fr_FR", as the language list shows it: each
// dictionary named in its own language, whatever the UI speaks (as
// language pickers do; Qt has no name of one language in another).
QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString language = locale.nativeLanguageName();
    if (!code.contains(QLatin1Char('_')) && !code.contains(QLatin1Char('-')))
        return language;
    return QStringLiteral("%1 (%2)").arg(language, locale.nativeTerritoryName());
}
#endif

} // namespace

AppearancePage::AppearancePage(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // KDE's form look: labels right-aligned, fields as wide as they need.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setToolTip(tr("Follow the system's colours, or use Marginalia's own light or dark colours"));
    form->addRow(buddyLabel(tr("&Theme:"), m_theme), m_theme);

    m_family = new QFontComboBox(this);
    m_family->setObjectName(QStringLiteral("fontFamily"));
    m_family->setAccessibleName(tr("Reading font"));
    m_family->setToolTip(tr("The font of the article text"));
    form->addRow(buddyLabel(tr("Reading &font:"), m_family), m_family);

    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("fontSize"));
    m_size->setAccessibleName(tr("Font size in points"));
    m_size->setRange(Preferences::MinFontPointSize, Preferences::MaxFontPointSize);
    m_size->setSuffix(tr(" pt"));
    form->addRow(buddyLabel(tr("Font si&ze:"), m_size), m_size);

    m_lineSpacing = new QSpinBox(this);
    m_lineSpacing->setObjectName(QStringLiteral("lineSpacing"));
    m_lineSpacing->setAccessibleName(tr("Line spacing in percent"));
    m_lineSpacing->setRange(Preferences::MinLineSpacing, Preferences::MaxLineSpacing);
    m_lineSpacing->setSingleStep(10);
    m_lineSpacing->setSuffix(tr(" %"));
    form->addRow(buddyLabel(tr("&Line spacing:"), m_lineSpacing), m_lineSpacing);

    m_limitWidth = new QCheckBox(tr("Li&mit the length of a line"), this);
    m_limitWidth->setObjectName(QStringLiteral("limitWidth"));
    m_limitWidth->setAccessibleName(tr("Limit the length of a line"));
    m_limitWidth->setToolTip(tr("Unchecked, the text fills the width of the window"));
    form->addRow(QString(), m_limitWidth);

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("readingWidth"));
    m_width->setAccessibleName(tr("Characters per line"));
    m_width->setRange(Preferences::MinReadingWidth, Preferences::MaxReadingWidth);
    m_width->setSingleStep(5);
    m_width->setToolTip(tr("The text column is centred in the window"));
    form->addRow(buddyLabel(tr("C&haracters per line:"), m_width), m_width);

    connect(m_limitWidth, &QCheckBox::toggled, m_width, &QWidget::setEnabled);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &AppearancePage::changed);
    connect(m_family, &QFontComboBox::currentFontChanged, this, &AppearancePage::changed);
    connect(m_size, &QSpinBox::valueChanged, this, &AppearancePage::changed);
    connect(m_lineSpacing, &QSpinBox::valueChanged, this, &AppearancePage::changed);
    connect(m_limitWidth, &QCheckBox::toggled, this, &AppearancePage::changed);
    connect(m_width, &QSpinBox::valueChanged, this, &AppearancePage::changed);
}

void AppearancePage::load(const Preferences &p)
{
    m_theme->setCurrentIndex(m_theme->findData(int(p.theme)));
    m_storedFamily = p.fontFamily;
    m_family->setCurrentFont(p.fontFamily.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont)
                                                    : QFont(p.fontFamily));
    m_shownFamily = m_family->currentFont().family();
    m_size->setValue(p.fontPointSize);
    m_lineSpacing->setValue(p.lineSpacingPercent);
    m_limitWidth->setChecked(p.readingWidth > 0);
    m_width->setEnabled(p.readingWidth > 0);
    m_width->setValue(p.readingWidth > 0 ? p.readingWidth : Preferences::SuggestedReadingWidth);
}

void AppearancePage::store(Preferences &p) const
{
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    const QString family = m_family->currentFont().family();
    p.fontFamily = family == m_shownFamily ? m_storedFamily : family;
    p.fontPointSize = m_size->value();
    p.lineSpacingPercent = m_lineSpacing->value();
    p.readingWidth = m_limitWidth->isChecked() ? m_width->value() : 0;
}

SpellingPage::SpellingPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("An article whose last line names its language, such as “fr-02”, is checked in that "
                                "language. For the other articles:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_guess = new QRadioButton(tr("&Guess the language from the text"), this);
    m_guess->setObjectName(QStringLiteral("guessLanguage"));
    m_guess->setAccessibleName(tr("Guess the language from the text"));
    m_fixed = new QRadioButton(tr("&Use this dictionary:"), this);
    m_fixed->setObjectName(QStringLiteral("fixedLanguage"));
    m_fixed->setAccessibleName(tr("Use this dictionary"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_guess);
    group->addButton(m_fixed);

#if defined(MARGINALIA_WITH_SONNET)
    m_language = new Sonnet::DictionaryComboBox(this);
#else
    m_language = new QComboBox(this);
    QList<std::pair<QString, QString>> entries; // name, code
    for (const QString &code : SpellBackends::availableLanguages())
        entries.append({tr("%1 — %2").arg(languageName(code), code), code});
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(entries))
        m_language->addItem(name, code);
#endif
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Dictionary for articles that do not name their language"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_language, 1);
    layout->addWidget(m_guess);
    layout->addLayout(fixedRow);

    const int count = m_language->count();
    QString about = count == 0
        ? tr("No dictionary is installed, so spelling is not checked. Debian's hunspell-* packages bring them.")
        : tr("Spell checking by %1, with %Ln dictionaries installed.", nullptr, count)
              .arg(SpellBackends::compiledBackend() == QLatin1String("sonnet") ? tr("KDE Sonnet") : tr("Hunspell"));
    layout->addWidget(note(about, this));
    layout->addStretch(1);

    m_fixed->setEnabled(count > 0);
    m_language->setEnabled(false);
    connect(m_fixed, &QRadioButton::toggled, m_language, &QWidget::setEnabled);
    connect(m_fixed, &QRadioButton::toggled, this, &SpellingPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SpellingPage::changed);
}

QStringList SpellingPage::offeredLanguages() const
{
    QStringList codes;
    for (int i = 0; i < m_language->count(); ++i)
        codes << m_language->itemData(i).toString();
    return codes;
}

QString SpellingPage::currentLanguage() const
{
#if defined(MARGINALIA_WITH_SONNET)
    return static_cast<Sonnet::DictionaryComboBox *>(m_language)->currentDictionary();
#else
    return m_language->currentData().toString();
#endif
}

void SpellingPage::load(const Preferences &p)
{
    // A dictionary since uninstalled shows as the one the checker falls back
    // to (fr_CA gone: fr_FR), which is what the articles are checked with.
    const QString code = SpellLanguages::pick(p.spellLanguage, offeredLanguages());
    const bool fixed = !p.spellLanguage.isEmpty() && !code.isEmpty();
    (fixed ? m_fixed : m_guess)->setChecked(true);
    m_language->setEnabled(fixed);
    if (fixed)
        m_language->setCurrentIndex(m_language->findData(code));
    m_storedLanguage = fixed ? p.spellLanguage : QString();
    m_shownLanguage = fixed ? currentLanguage() : QString();
}

void SpellingPage::store(Preferences &p) const
{
    if (!m_fixed->isChecked())
        p.spellLanguage.clear();
    else if (const QString code = currentLanguage(); code == m_shownLanguage)
        p.spellLanguage = m_storedLanguage;
    else
        p.spellLanguage = code;
}

FindingsPage::FindingsPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setAccessibleName(tr("Kinds of findings shown"));
    for (FindingCategory category : allCategories()) {
        auto *item = new QListWidgetItem(FindingStyle::categoryName(category), m_categories);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, categoryId(category));
        item->setToolTip(tr("MQM category: %1").arg(mqmCategory(category)));
    }
    m_categories->setCurrentRow(0);
    layout->addWidget(buddyLabel(tr("&Show these kinds of findings:"), m_categories));
    layout->addWidget(m_categories, 1);
    layout->addWidget(note(tr("Hidden kinds are still checked; they are left out of the article, the Findings panel "
                              "and Next Finding (F8)."),
                           this));
    connect(m_categories, &QListWidget::itemChanged, this, &FindingsPage::changed);
}

void FindingsPage::load(const Preferences &p)
{
    const QList<FindingCategory> categories = allCategories();
    for (int row = 0; row < m_categories->count(); ++row)
        m_categories->item(row)->setCheckState(p.isShown(categories.at(row)) ? Qt::Checked : Qt::Unchecked);
}

void FindingsPage::store(Preferences &p) const
{
    const QList<FindingCategory> categories = allCategories();
    p.hiddenCategories.clear();
    for (int row = 0; row < m_categories->count(); ++row) {
        if (m_categories->item(row)->checkState() != Qt::Checked)
            p.hiddenCategories.insert(categories.at(row));
    }
}

} // namespace Marginalia::Ui
