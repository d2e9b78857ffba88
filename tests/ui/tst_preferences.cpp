// The app-wide preferences: marginalia.ini read and written with each key
// validated on its own, the Preferences dialog driven by the keyboard on the
// offscreen platform, and the light and dark themes applied to the running
// application with colours checked against the real finding and label
// styles.

#include "articleview.h"
#include "findingstyle.h"
#include "layerhighlighter.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "session.h"
#include "spellbackend.h"
#include "spelllanguages.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

using namespace Marginalia;
using Ui::Preferences;
using Ui::PreferencesDialog;

Q_DECLARE_METATYPE(Marginalia::Ui::Preferences)

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `over` with `color` drawn on it at color's alpha.
QColor blended(const QColor &color, const QColor &over)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + over.redF() * (1 - a)),
                            float(color.greenF() * a + over.greenF() * (1 - a)),
                            float(color.blueF() * a + over.blueF() * (1 - a)));
}

// CIE76 colour difference: about 2 is just noticeable side by side; two
// highlights met apart in running text want several times that (8 is our
// bar, a judgement: the default Organisation and Highlight, orange and
// yellow, are 9.7 apart over white).
double deltaE(const QColor &a, const QColor &b)
{
    auto lab = [](const QColor &c) {
        auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const double r = lin(c.redF()), g = lin(c.greenF()), bl = lin(c.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
        return std::array<double, 3>{116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    };
    const auto la = lab(a), lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

// The mnemonic letter of "Font si&ze:", or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath() const { return Preferences::settings().fileName(); }

    static Preferences changedEverywhere()
    {
        Preferences p;
        p.theme = Preferences::Theme::Dark;
        p.fontFamily = QStringLiteral("DejaVu Serif");
        p.fontPointSize = 15;
        p.lineSpacingPercent = 140;
        p.readingWidth = 72;
        p.hiddenCategories = {FindingCategory::Typography, FindingCategory::Casing};
        p.spellLanguage = QStringLiteral("fr_FR");
        return p;
    }

    // A dialog on screen and active, so that Alt+letter reaches its buddies.
    static void showActive(PreferencesDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<Preferences>();
    }

    void init()
    {
        QFile::remove(iniPath());
        Ui::Theme::apply(Preferences::Theme::System);
    }

    void noFileGivesTheDefaults()
    {
        QVERIFY(!QFile::exists(iniPath()));
        const Preferences p = Preferences::load();
        QCOMPARE(p, Preferences());
        QCOMPARE(p.theme, Preferences::Theme::System);
        QVERIFY(p.fontFamily.isEmpty());
        QCOMPARE(p.readingWidth, 0);
        QVERIFY(p.hiddenCategories.isEmpty());
        QVERIFY(p.spellLanguage.isEmpty());
    }

    void saveAndLoadRoundTrip()
    {
        const Preferences chosen = changedEverywhere();
        chosen.save();
        QVERIFY(QFile::exists(iniPath()));
        QCOMPARE(Preferences::load(), chosen);
        // The file says it in words a person can edit.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(raw.value(QStringLiteral("findings/hiddenCategories")).toStringList(),
                 QStringList({QStringLiteral("casing"), QStringLiteral("typography")}));

        // Back to the defaults: nothing of the old values survives, and the
        // file holds no Qt-only notation.
        Preferences().save();
        QCOMPARE(Preferences::load(), Preferences());
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("@"), text.constData());
    }

    void invalidValuesFallBackKeyByKey()
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[appearance]\n"
                   "theme=purple\n"
                   "fontFamily=DejaVu Sans Mono\n"
                   "fontPointSize=500\n"
                   "lineSpacingPercent=abc\n"
                   "readingWidth=20\n"
                   "[findings]\n"
                   "hiddenCategories=casing, no-such-category, typography\n"
                   "[spelling]\n"
                   "language=../../etc/passwd\n");
        file.close();
        const Preferences p = Preferences::load();
        const Preferences defaults;
        QCOMPARE(p.theme, defaults.theme);
        QCOMPARE(p.fontFamily, QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(p.fontPointSize, defaults.fontPointSize);
        QCOMPARE(p.lineSpacingPercent, defaults.lineSpacingPercent);
        QCOMPARE(p.readingWidth, defaults.readingWidth);
        QCOMPARE(p.hiddenCategories, QSet<FindingCategory>({FindingCategory::Casing, FindingCategory::Typography}));
        QCOMPARE(p.spellLanguage, QString());

        // The edges of each range are valid; one past them is not.
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("appearance/fontPointSize"), Preferences::MaxFontPointSize);
        raw.setValue(QStringLiteral("appearance/lineSpacingPercent"), Preferences::MinLineSpacing - 1);
        raw.setValue(QStringLiteral("appearance/readingWidth"), Preferences::MinReadingWidth);
        raw.setValue(QStringLiteral("findings/hiddenCategories"), QStringLiteral("spelling"));
        raw.setValue(QStringLiteral("spelling/language"), QStringLiteral("ca_ES-valencia"));
        raw.sync();
        const Preferences edges = Preferences::load();
        QCOMPARE(edges.fontPointSize, Preferences::MaxFontPointSize);
        QCOMPARE(edges.lineSpacingPercent, defaults.lineSpacingPercent);
        QCOMPARE(edges.readingWidth, Preferences::MinReadingWidth);
        QCOMPARE(edges.hiddenCategories, QSet<FindingCategory>({FindingCategory::Spelling}));
        QCOMPARE(edges.spellLanguage, QStringLiteral("ca_ES-valencia"));
    }

    void hiddenCategoriesLeaveTheShownFindings()
    {
        Findings all;
        for (FindingCategory category : allCategories()) {
            Finding f;
            f.category = category;
            f.start = all.size();
            all << f;
        }
        Preferences p;
        QCOMPARE(p.shownFindings(all).size(), all.size());
        p.hiddenCategories = {FindingCategory::Casing, FindingCategory::UnknownName};
        const Findings shown = p.shownFindings(all);
        QCOMPARE(shown.size(), all.size() - 2);
        for (const Finding &f : shown)
            QVERIFY(f.category != FindingCategory::Casing && f.category != FindingCategory::UnknownName);
        // Order kept.
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend(),
                               [](const Finding &a, const Finding &b) { return a.start < b.start; }));
    }

    void readingFontFollowsTheDesktopUntilChosen()
    {
        Preferences p;
        p.fontPointSize = 17;
        QCOMPARE(p.readingFont().family(), QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
        QCOMPARE(p.readingFont().pointSize(), 17);
        p.fontFamily = QStringLiteral("DejaVu Serif");
        QCOMPARE(p.readingFont().family(), QStringLiteral("DejaVu Serif"));
    }

    // Alt+Z to the size, Up twice; Alt+T to the theme, Down twice (Dark);
    // Ctrl+PgDown twice to Findings, Alt+S to the list, Down to Typography,
    // Space unchecks it; Alt+A applies.
    void keyboardChangesAreAppliedAndSaved()
    {
        PreferencesDialog dialog{Preferences()};
        showActive(dialog);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        auto *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_Z, Qt::AltModifier);
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSize"));
        QCOMPARE(QApplication::focusWidget(), size);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(size->value(), 14);
        QVERIFY(apply->isEnabled());

        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog.findChild<QComboBox *>(QStringLiteral("theme")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);

        QTest::keyClick(&dialog, Qt::Key_PageDown, Qt::ControlModifier);
        QTest::keyClick(&dialog, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(dialog.currentPage(), PreferencesDialog::Page::Findings);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("categories"));
        QCOMPARE(QApplication::focusWidget(), list);
        const int typography = int(allCategories().indexOf(FindingCategory::Typography));
        for (int i = 0; i < typography; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), typography);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(typography)->checkState(), Qt::Unchecked);

        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(changed.size(), 1);
        const auto sent = changed.constFirst().constFirst().value<Preferences>();
        Preferences expected;
        expected.fontPointSize = 14;
        expected.theme = Preferences::Theme::Dark;
        expected.hiddenCategories = {FindingCategory::Typography};
        QCOMPARE(sent, expected);
        QCOMPARE(dialog.applied(), expected);
        QCOMPARE(Preferences::load(), expected);
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("appearance/fontPointSize")).toInt(), 14);
        QVERIFY(!apply->isEnabled());
        QVERIFY(dialog.isVisible());

        // Escape after Apply closes the dialog; what was applied stays.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(Preferences::load(), expected);
    }

    void cancelForgetsWhatWasNotApplied()
    {
        const Preferences current = changedEverywhere();
        current.save();
        PreferencesDialog dialog(current);
        showActive(dialog);
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(dialog.preferences().fontPointSize, current.fontPointSize - 1);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(Preferences::load(), current);
    }

    void restoreDefaultsThenOk()
    {
        const Preferences current = changedEverywhere();
        current.save();
        PreferencesDialog dialog(current);
        showActive(dialog);
        QCOMPARE(dialog.preferences(), current); // shown as they are: nothing to apply
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(buttons->button(QDialogButtonBox::RestoreDefaults)->isEnabled());
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);

        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.preferences(), Preferences());
        QCOMPARE(changed.size(), 0); // not applied yet
        QVERIFY(buttons->button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!buttons->button(QDialogButtonBox::RestoreDefaults)->isEnabled());
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("readingWidth"))->isEnabled());

        buttons->button(QDialogButtonBox::Ok)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Preferences>(), Preferences());
        QCOMPARE(Preferences::load(), Preferences());
    }

    // The spelling page lists what the compiled backend (Hunspell or Sonnet)
    // really has, and a stored dictionary shows as the one it resolves to
    // without counting as a change.
    void spellingOffersTheBackendsDictionaries()
    {
        const QStringList installed = SpellBackends::availableLanguages();
        if (installed.isEmpty())
            QSKIP("no dictionary installed");
        // A region no dictionary has ("de_XX"): shown as the language's home
        // dictionary, which is what the checker would load.
        Preferences current;
        current.spellLanguage = SpellLanguages::languagePart(installed.constFirst()) + QStringLiteral("_XX");
        PreferencesDialog dialog(current);
        showActive(dialog);
        dialog.showPage(PreferencesDialog::Page::Spelling);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemData(i).toString();
        offered.sort();
        if (SpellBackends::compiledBackend() == QLatin1String("sonnet")) {
            // Sonnet's own DictionaryComboBox lists one entry per dictionary
            // name, so a code named like another ("fr" and "fr_FR") may be
            // folded into it; no language may go missing.
            QVERIFY(combo->inherits("Sonnet::DictionaryComboBox"));
            for (const QString &code : offered)
                QVERIFY2(installed.contains(code), qPrintable(code));
            for (const QString &code : installed) {
                const QString language = SpellLanguages::languagePart(code);
                QVERIFY2(std::any_of(offered.cbegin(), offered.cend(),
                                     [&](const QString &o) { return SpellLanguages::languagePart(o) == language; }),
                         qPrintable(code));
            }
        } else {
            QCOMPARE(offered, installed);
        }
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("fixedLanguage"))->isChecked());
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentData().toString(), SpellLanguages::pick(current.spellLanguage, offered));
        QCOMPARE(dialog.preferences().spellLanguage, current.spellLanguage);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());

        // Alt+G: guess; Alt+U and another dictionary: that one.
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("guessLanguage"))->isChecked());
        QVERIFY(!combo->isEnabled());
        QCOMPARE(dialog.preferences().spellLanguage, QString());
        QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(combo->isEnabled());
        combo->setFocus();
        const int from = combo->currentIndex();
        QTest::keyClick(combo, from + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != from);
        const QString picked = combo->itemData(combo->currentIndex()).toString();
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Preferences>().spellLanguage, picked);
        QCOMPARE(Preferences::load().spellLanguage, picked);
    }

    void labelsPageIsListedOnceItHasAnEditor()
    {
        PreferencesDialog dialog{Preferences()};
        auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("pages"));
        QVERIFY(pages->item(int(PreferencesDialog::Page::Labels))->isHidden());
        dialog.showPage(PreferencesDialog::Page::Labels);
        QCOMPARE(dialog.currentPage(), PreferencesDialog::Page::Appearance);

        auto *editor = new QLabel(QStringLiteral("label schema editor"));
        dialog.setLabelsPage(editor);
        QVERIFY(!pages->item(int(PreferencesDialog::Page::Labels))->isHidden());
        dialog.showPage(PreferencesDialog::Page::Labels);
        QCOMPARE(dialog.currentPage(), PreferencesDialog::Page::Labels);
        QVERIFY(dialog.findChild<QStackedWidget *>()->currentWidget()->isAncestorOf(editor));
    }

    // Every control of every page says what it is, every mnemonic label has
    // a buddy, and no two mnemonics of a page (or of the buttons) collide.
    void everyControlIsNamedAndReachable()
    {
        PreferencesDialog dialog{Preferences()};
        showActive(dialog);
        auto *stack = dialog.findChild<QStackedWidget *>();
        QStringList problems;
        int controls = 0;
        QList<QChar> buttonKeys;
        for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons()) {
            if (const QChar key = mnemonic(b->text()); !key.isNull())
                buttonKeys << key;
        }
        for (int i = 0; i < stack->count(); ++i) {
            QList<QChar> keys = buttonKeys;
            for (QWidget *w : stack->widget(i)->findChildren<QWidget *>()) {
                const QString what = QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
                if (control && w->window() == &dialog) { // not a combo box's popup list
                    ++controls;
                    if (w->accessibleName().trimmed().isEmpty())
                        problems << what + QStringLiteral(": no accessible name");
                    if (w->focusPolicy() == Qt::NoFocus)
                        problems << what + QStringLiteral(": not reachable by keyboard");
                }
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w)) {
                    text = label->text();
                    if (!mnemonic(text).isNull() && !label->buddy())
                        problems << what + QStringLiteral(" \"") + text + QStringLiteral("\": no buddy");
                } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                    text = button->text();
                }
                if (const QChar key = mnemonic(text); !key.isNull()) {
                    if (keys.contains(key))
                        problems << QStringLiteral("Alt+%1 twice on page %2").arg(key).arg(i);
                    keys << key;
                }
            }
        }
        QVERIFY(controls >= 9);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("pages"))->accessibleName().isEmpty());
    }

    void tabVisitsTheControlsInReadingOrder()
    {
        PreferencesDialog dialog{Preferences()};
        showActive(dialog);
        auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("pages"));
        pages->setFocus();
        QStringList visited;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            while (w && w->objectName().isEmpty() && w->parentWidget())
                w = w->parentWidget(); // the font box's line edit
            visited << (w ? w->objectName() : QString());
        }
        QCOMPARE(visited.mid(0, 5),
                 QStringList({QStringLiteral("theme"), QStringLiteral("fontFamily"), QStringLiteral("fontSize"),
                              QStringLiteral("lineSpacing"), QStringLiteral("limitWidth")}));
    }

    void shortcutsIncludeTheKdeKey()
    {
        const QList<QKeySequence> keys = PreferencesDialog::shortcuts();
        QCOMPARE(keys.constFirst(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
            QVERIFY(keys.contains(key));
    }

    void darkAndLightReplaceThePaletteAndSystemRestoresIt()
    {
        const QString platformStyle = QApplication::style()->name();
        const QPalette platform = QApplication::palette();
        const QPalette platformTip = QToolTip::palette();

        Ui::Theme::apply(Preferences::Theme::Dark);
        auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(proxy);
        QCOMPARE(proxy->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        QPalette p = QApplication::palette();
        QVERIFY(p.color(QPalette::Window).lightnessF() < 0.25);
        QVERIFY(p.color(QPalette::Base).lightnessF() < 0.2);
        QVERIFY(p.color(QPalette::Text).lightnessF() > 0.9);
        QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase), p.color(QPalette::ToolTipBase));
        // A widget made now, and one made before, both get it.
        QWidget widget;
        QCOMPARE(widget.palette().color(QPalette::Base), Ui::Theme::darkPalette().color(QPalette::Base));

        Ui::Theme::apply(Preferences::Theme::Light);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        p = QApplication::palette();
        QVERIFY(p.color(QPalette::Window).lightnessF() > 0.85);
        QCOMPARE(p.color(QPalette::Base), Ui::Theme::lightPalette().color(QPalette::Base));
        QCOMPARE(p.color(QPalette::Highlight), Ui::Theme::lightPalette().color(QPalette::Highlight));
        // Existing widgets hear of it through posted events.
        QTRY_COMPARE(widget.palette().color(QPalette::Window), Ui::Theme::lightPalette().color(QPalette::Window));

        Ui::Theme::apply(Preferences::Theme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        p = QApplication::palette();
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Text, QPalette::Highlight, QPalette::Link,
                          QPalette::PlaceholderText}) {
            QCOMPARE(p.color(QPalette::Active, role), platform.color(QPalette::Active, role));
            QCOMPARE(p.color(QPalette::Disabled, role), platform.color(QPalette::Disabled, role));
        }
        QCOMPARE(QToolTip::palette().color(QPalette::ToolTipBase), platformTip.color(QPalette::ToolTipBase));
        // The light palette is Marginalia's own, not the platform's again.
        QVERIFY(Ui::Theme::lightPalette().color(QPalette::Highlight) != platform.color(QPalette::Highlight));
    }

    // Regression: Fusion outlines an unchecked box a shade darker than
    // Window, which vanished on the dark Base (in the Findings page's list
    // and every QCheckBox).
    void darkThemeDrawsVisibleCheckBoxes()
    {
        Ui::Theme::apply(Preferences::Theme::Dark);
        const QColor base = Ui::Theme::darkPalette().color(QPalette::Base);
        // The strongest contrast to `against` along the border of `r` in `image`.
        auto outline = [](const QImage &image, const QRect &r, const QColor &against) {
            double best = 1;
            for (int x = r.left(); x <= r.right(); ++x) {
                for (int y : {r.top(), r.top() + 1, r.bottom() - 1, r.bottom()})
                    best = std::max(best, contrast(image.pixelColor(x, y), against));
            }
            return best;
        };

        QCheckBox box(QStringLiteral("Limit"));
        box.resize(box.sizeHint());
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        QVERIFY(indicator.width() > 4);
        const QImage image = box.grab().toImage();
        QVERIFY2(outline(image, indicator, base) >= 3, qPrintable(QString::number(outline(image, indicator, base))));

        QListWidget list;
        auto *item = new QListWidgetItem(QStringLiteral("Merged words"), &list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        list.resize(200, 60);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        const QRect row = list.visualItemRect(item);
        const QImage rowImage = list.viewport()->grab(row).toImage();
        QStyleOptionViewItem itemOption;
        itemOption.initFrom(list.viewport());
        itemOption.rect = QRect(QPoint(0, 0), row.size());
        itemOption.features = QStyleOptionViewItem::HasCheckIndicator;
        const QRect check = list.style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &itemOption, &list);
        QVERIFY(check.width() > 4);
        QVERIFY2(outline(rowImage, check, base) >= 3, qPrintable(QString::number(outline(rowImage, check, base))));
    }

    void themePalettesAreCompleteAndReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Ui::Theme::lightPalette();
        QTest::newRow("dark") << Ui::Theme::darkPalette();
    }

    void themePalettesAreCompleteAndReadable()
    {
        QFETCH(QPalette, palette);
        // Every role is set by the palette itself, in every group.
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
            if (role >= QPalette::PlaceholderText + 1)
                continue;
#endif
            QVERIFY2(palette.isBrushSet(QPalette::Active, QPalette::ColorRole(role)),
                     qPrintable(QString::number(role)));
            QVERIFY2(palette.isBrushSet(QPalette::Disabled, QPalette::ColorRole(role)),
                     qPrintable(QString::number(role)));
        }
        auto c = [&palette](QPalette::ColorRole role, QPalette::ColorGroup group = QPalette::Active) {
            return palette.color(group, role);
        };
        QVERIFY(contrast(c(QPalette::Text), c(QPalette::Base)) >= 7);
        QVERIFY(contrast(c(QPalette::WindowText), c(QPalette::Window)) >= 7);
        QVERIFY(contrast(c(QPalette::ButtonText), c(QPalette::Button)) >= 7);
        QVERIFY(contrast(c(QPalette::HighlightedText), c(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(c(QPalette::HighlightedText, QPalette::Inactive), c(QPalette::Highlight, QPalette::Inactive))
                >= 4.5);
        QVERIFY(contrast(c(QPalette::Link), c(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(c(QPalette::LinkVisited), c(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(c(QPalette::PlaceholderText), c(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(c(QPalette::ToolTipText), c(QPalette::ToolTipBase)) >= 7);
        // Disabled text is dimmer than enabled text, yet still legible.
        const double disabled = contrast(c(QPalette::Text, QPalette::Disabled), c(QPalette::Window));
        QVERIFY(disabled >= 2.5);
        QVERIFY(disabled < contrast(c(QPalette::Text), c(QPalette::Window)));
        // The finding underlines stand out from the article (3:1, WCAG's
        // figure for graphics).
        using Ui::FindingStyle::Family;
        for (Family family : {Family::Spelling, Family::Grammar, Family::Information})
            QVERIFY2(contrast(Ui::FindingStyle::colorOf(family), c(QPalette::Base)) >= 3,
                     qPrintable(Ui::FindingStyle::colorOf(family).name()));
    }

    // The default labels drawn by the real ArticleView over each theme's
    // Base: the text stays readable on every tint, and the tints stay apart.
    void labelTintsWorkInBothThemes_data()
    {
        themePalettesAreCompleteAndReadable_data();
    }

    void labelTintsWorkInBothThemes()
    {
        QFETCH(QPalette, palette);
        auto session = Session::open(m_dir.filePath(QStringLiteral("labels.marginalia")));
        QVERIFY2(session.ok(), qPrintable(session.error()));
        const QList<Label> labels = (*session)->labels();
        QVERIFY(labels.size() >= 8);
        QString text = QStringLiteral("Title\n");
        QList<Annotation> annotations;
        for (const Label &label : labels) {
            Annotation a;
            a.id = label.id;
            a.labelId = label.id;
            a.start = text.size();
            text += QStringLiteral("word");
            a.end = text.size();
            text += u' ';
            annotations << a;
        }
        Ui::ArticleView view;
        view.setPalette(palette);
        view.setArticle(text, text.size());
        view.setAnnotations(annotations, labels);
        const QList<QTextLayout::FormatRange> ranges = view.document()->findBlockByNumber(1).layout()->formats();
        QCOMPARE(ranges.size(), labels.size());

        // Filled labels: the text stays readable on every tint and the tints
        // stay apart. Lined labels: the line stands out from the page, and no
        // two labels share both a line style and a colour.
        const QColor base = palette.color(QPalette::Base);
        const QColor ink = palette.color(QPalette::Text);
        QList<QColor> tints;
        QStringList filled;
        QSet<QString> looks;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QTextCharFormat &format = ranges.at(i).format;
            const QString name = labels.at(i).name;
            if (labels.at(i).style == LabelStyle::Fill) {
                QVERIFY2(format.hasProperty(QTextFormat::BackgroundBrush), qPrintable(name));
                const QColor tint = blended(format.background().color(), base);
                QVERIFY2(contrast(ink, tint) >= 4.5, qPrintable(name));
                tints << tint;
                filled << name;
            } else {
                QVERIFY2(format.underlineStyle() != QTextCharFormat::NoUnderline, qPrintable(name));
                QVERIFY2(!format.hasProperty(QTextFormat::BackgroundBrush), qPrintable(name));
                QVERIFY2(contrast(format.underlineColor(), base) >= 4.5, qPrintable(name));
                const QString look = QString::number(int(format.underlineStyle())) + format.underlineColor().name();
                QVERIFY2(!looks.contains(look), qPrintable(name));
                looks.insert(look);
            }
        }
        QVERIFY(filled.size() >= 6);
        for (qsizetype i = 0; i < tints.size(); ++i) {
            for (qsizetype j = i + 1; j < tints.size(); ++j)
                QVERIFY2(deltaE(tints.at(i), tints.at(j)) >= 8, qPrintable(filled.at(i) + u'/' + filled.at(j)));
        }
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
