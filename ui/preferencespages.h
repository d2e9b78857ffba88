#pragma once
// The pages of the Preferences dialog. Each shows its part of a Preferences
// value, writes the user's choices back into one, and says when a control
// changed; the dialog decides what Apply, OK and Restore Defaults do.

#include "preferences.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace Marginalia::Ui {

class AppearancePage final : public QWidget
{
    Q_OBJECT

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    void load(const Preferences &preferences);
    void store(Preferences &preferences) const;

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_family = nullptr;
    QSpinBox *m_size = nullptr;
    QSpinBox *m_lineSpacing = nullptr;
    QCheckBox *m_limitWidth = nullptr;
    QSpinBox *m_width = nullptr;
    // The family stored, and what the font box made of it: the box shows
    // the nearest installed font, which must not count as a change.
    QString m_storedFamily;
    QString m_shownFamily;
};

class SpellingPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SpellingPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences);
    void store(Preferences &preferences) const;
    // The dictionary codes offered, in the list's order.
    QStringList offeredLanguages() const;
    QString currentLanguage() const;

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_guess = nullptr;
    QRadioButton *m_fixed = nullptr;
    // Sonnet::DictionaryComboBox where Sonnet is the spell backend.
    QComboBox *m_language = nullptr;
    // The language stored, and the dictionary shown for it (the nearest
    // installed one): showing it is not a change.
    QString m_storedLanguage;
    QString m_shownLanguage;
};

class FindingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences);
    void store(Preferences &preferences) const;

Q_SIGNALS:
    void changed();

private:
    QListWidget *m_categories = nullptr; // one checkable row per category, in allCategories() order
};

} // namespace Marginalia::Ui
