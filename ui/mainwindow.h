#pragma once
// The main window: wires the article view, menus and status bar to a
// Session. It renders the session's state and forwards user intent; it does
// no checking, storage or format work itself. Its file and project actions
// are in mainwindowfiles.cpp, its menus in mainwindowactions.cpp.

#include "annotation.h"
#include "exchange/exchange.h"
#include "finding.h"
#include "preferences.h"

#include <QMainWindow>
#include <QPointer>
#include <QSettings>

class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QToolButton;

namespace Marginalia {
class CorpusChecker;
class Session;
} // namespace Marginalia

namespace Marginalia::Ui {

class AnnotationsPanel;
class ArticlesPanel;
class ClaimsPanel;
class DeferredRefresh;
class EntitiesPanel;
class HeatStrip;
class MqmPanel;
class PreferencesDialog;
class MtErrorEditor;
class ArticleView;
class FindingCard;
class FindingsPanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    ArticleView *articleView() const { return m_view; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    // Its rows are brought up to date first (a hidden panel waits).
    AnnotationsPanel *annotationsPanel() const;
    ArticlesPanel *articlesPanel() const { return m_articles; }
    ClaimsPanel *claimsPanel() const { return m_claims; }
    EntitiesPanel *entitiesPanel() const { return m_entities; }
    MqmPanel *mqmPanel() const { return m_mqm; }
    HeatStrip *heatStrip() const { return m_heatStrip; }
    // Imports article files (a folder's, or dropped ones) with progress and
    // Cancel, then says what happened.
    void importFiles(const QStringList &paths);
    // Opens an article, or imports a folder's articles, and puts it on the
    // recent list; a path that is gone leaves the list with a message.
    bool openPath(const QString &path);
    // Most recent first, at most MaxRecent.
    static QStringList recentPaths();
    static constexpr int MaxRecent = 10;
    // Check ▸ Check All Articles: runs in the background with a progress bar
    // and Cancel in the status bar; the counts land in the Articles panel.
    void checkAllArticles();
    // Edit ▸ Select Sentence (0) and extend the selection by a sentence
    // forwards (1) or backwards (-1): keyboard-only selection of claims.
    void selectBySentence(int direction);
    // Opens the editor of an MT error annotation (Enter on it in the article).
    MtErrorEditor *editMtError(const Annotation &error);
    FindingCard *findingCard() const { return m_card; }
    const Preferences &preferences() const { return m_preferences; }
    // Shows the article, the findings and the theme as `preferences` say.
    void applyPreferences(const Preferences &preferences);
    // Settings ▸ Configure Marginalia…
    void configure();

public Q_SLOTS:
    void openArticle();
    void exportAnnotations();
    // Reads annotation files into the project; asks for them (and the format)
    // when `paths` is empty. Problems are shown, with the choice to import
    // what could be read.
    bool importAnnotations(QStringList paths = {}, std::optional<Exchange::Format> format = std::nullopt);
    // Saves the project to another file and carries on there.
    void saveProjectAs();
    void tagSelection(qint64 labelId);
    void removeTagsAtCaret();
    void showAbout();
    void nextFinding();
    void previousFinding();
    // Opens the finding card for what is at the caret, with the keyboard
    // focus in it (Check ▸ Explain Finding at Caret, Ctrl+.).
    void explainAtCaret();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    // Files dropped are opened (one) or imported (several, or a folder).
    void dropEvent(QDropEvent *event) override;

private:
    void rebuildTagActions();
    static QSettings windowSettings();
    void rememberRecent(const QString &path);
    void forgetRecent(const QString &path);
    void fillRecentMenu();
    // Keeps the caret of the article being left in the project file.
    void rememberPosition();
    void createActions();
    QDockWidget *dock() const;
    void showArticle();
    void showFindings();
    void showAnnotations();
    // Tab / Shift+Tab in the article: the next or previous annotation.
    void stepAnnotations(bool forward);
    void placeOrphan(qint64 annotationId);
    // Enter in the article: the claim editor, or the finding card.
    void editAtCaret();
    void showWarning(const QString &message);
    // An edit failed: a message box, or only the status bar when the edit
    // was kept to be written later.
    void reportEditError(const QString &message);
    void showSaveState(int pending, const QString &reason);
    void showContextMenu(qint64 position, const QPoint &globalPos);
    void showHover(qint64 position, const QPoint &globalPos);
    // Fills the card for `position`; false when there is no finding there.
    bool prepareCard(qint64 position);
    void ignore(const Finding &finding);
    void accept(const Finding &finding);
    void addToDictionary(const QString &word);
    // The findings at `position` of the categories shown.
    Findings shownFindingsAt(qint64 position) const;

    Session &m_session;
    ArticleView *m_view = nullptr;
    FindingsPanel *m_findings = nullptr;
    FindingCard *m_card = nullptr;
    qint64 m_shownArticle = 0;
    AnnotationsPanel *m_annotations = nullptr;
    ArticlesPanel *m_articles = nullptr;
    ClaimsPanel *m_claims = nullptr;
    EntitiesPanel *m_entities = nullptr;
    MqmPanel *m_mqm = nullptr;
    HeatStrip *m_heatStrip = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_tagMenu = nullptr;
    QList<QAction *> m_tagActions; // one per label, in the Tag menu
    QPointer<PreferencesDialog> m_preferencesDialog;
    DeferredRefresh *m_annotationsRefresh = nullptr;
    QPointer<CorpusChecker> m_corpusCheck;
    QLabel *m_meta = nullptr;
    QLabel *m_backendStatus = nullptr;
    QLabel *m_findingStatus = nullptr;
    QLabel *m_saveStatus = nullptr;
    QToolButton *m_saveElsewhere = nullptr;
    QPointer<QMessageBox> m_writeProblem;
    bool m_writeProblemShown = false;
    Preferences m_preferences;
};

} // namespace Marginalia::Ui
