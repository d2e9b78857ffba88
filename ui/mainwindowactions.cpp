// MainWindow's menu bar: its menus, actions and shortcuts, and the Tag menu built from the labels.
#include "mainwindow.h"

#include "annotator.h"
#include "articleview.h"
#include "labelappearance.h"
#include "preferencesdialog.h"
#include "session.h"
#include "shortcutsdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace Marginalia::Ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Article…"), this, &MainWindow::openArticle);
    open->setShortcut(QKeySequence::Open);
    QAction *folder = file->addAction(tr("Open &Folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Open a Folder of Articles"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!path.isEmpty())
            openPath(path);
    });
    folder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // so that the menu is not empty before it is first shown (and tests see it)
    QAction *saveAs = file->addAction(tr("Save Project &As…"), this, &MainWindow::saveProjectAs);
    // QKeySequence::SaveAs is empty outside KDE and GNOME: the KDE key everywhere.
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAs->setObjectName(QStringLiteral("saveProjectAs"));
    QAction *exportAction = file->addAction(tr("&Export Annotations…"), this, &MainWindow::exportAnnotations);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *importAction = file->addAction(tr("&Import Annotations…"), this, [this] { importAnnotations(); });
    importAction->setObjectName(QStringLiteral("importAnnotations"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importAction->setEnabled(!m_session.isReadOnly());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_session.annotator().undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *sentence = edit->addAction(tr("Select &Sentence"), this, [this] { selectBySentence(0); });
    sentence->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_S));
    sentence->setObjectName(QStringLiteral("selectSentence"));
    QAction *nextSentence =
        edit->addAction(tr("Extend Selection to Next Sentence"), this, [this] { selectBySentence(1); });
    nextSentence->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right));
    QAction *previousSentence =
        edit->addAction(tr("Extend Selection to Previous Sentence"), this, [this] { selectBySentence(-1); });
    previousSentence->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left));

    m_tagMenu = menuBar()->addMenu(tr("&Tag"));
    m_tagMenu->addSeparator();
    QAction *remove = m_tagMenu->addAction(tr("&Remove Tags at Caret"), this, &MainWindow::removeTagsAtCaret);
    remove->setShortcut(QKeySequence::Delete);
    if (!m_session.isReadOnly()) {
        m_tagMenu->addSeparator();
        QAction *editLabels = m_tagMenu->addAction(tr("&Edit Labels…"), this, [this] {
            configure();
            if (m_preferencesDialog)
                m_preferencesDialog->showPage(PreferencesDialog::Page::Labels);
        });
        editLabels->setObjectName(QStringLiteral("editLabels"));
        editLabels->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    }
    rebuildTagActions();
    // Labels added, renamed, re-keyed or removed in the label editor (or by
    // an undo) are in the menu, and on their keys, at once.
    connect(&m_session, &Session::labelsChanged, this, &MainWindow::rebuildTagActions);

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    QAction *next = check->addAction(tr("&Next Finding"), this, &MainWindow::nextFinding);
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous = check->addAction(tr("&Previous Finding"), this, &MainWindow::previousFinding);
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *explain = check->addAction(tr("&Explain Finding at Caret"), this, &MainWindow::explainAtCaret);
    explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    check->addSeparator();
    QAction *checkAll = check->addAction(tr("Check &All Articles"), this, &MainWindow::checkAllArticles);
    checkAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8));
    checkAll->setObjectName(QStringLiteral("checkAllArticles"));
    checkAll->setToolTip(tr("Check every article of the project and count its open findings in the Articles panel"));
    check->addAction(dock()->toggleViewAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showFindings = view->addAction(tr("&Findings Panel"));
    QAction *showAnnotations = view->addAction(tr("&Annotations Panel"));
    showFindings->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    showAnnotations->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    // Shows the panel, brings its tab forward and puts the keyboard there.
    auto focusPanel = [this](const QString &dockName) {
        auto *d = findChild<QDockWidget *>(dockName);
        d->show();
        d->raise();
        d->widget()->setFocus();
        if (auto *first = d->widget()->findChild<QAbstractItemView *>())
            first->setFocus();
    };
    QAction *showArticles = view->addAction(tr("A&rticles Panel"));
    showArticles->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction *showClaims = view->addAction(tr("&Claims Panel"));
    showClaims->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    connect(showFindings, &QAction::triggered, this, [focusPanel] { focusPanel(QStringLiteral("findingsDock")); });
    connect(showAnnotations, &QAction::triggered, this,
            [focusPanel] { focusPanel(QStringLiteral("annotationsDock")); });
    connect(showArticles, &QAction::triggered, this, [focusPanel] { focusPanel(QStringLiteral("articlesDock")); });
    connect(showClaims, &QAction::triggered, this, [focusPanel] { focusPanel(QStringLiteral("claimsDock")); });
    QAction *showEntities = view->addAction(tr("&Entities Panel"));
    showEntities->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    connect(showEntities, &QAction::triggered, this, [focusPanel] { focusPanel(QStringLiteral("entitiesDock")); });
    QAction *showMqm = view->addAction(tr("&MQM Score Panel"));
    showMqm->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    connect(showMqm, &QAction::triggered, this, [focusPanel] { focusPanel(QStringLiteral("mqmDock")); });
    view->addSeparator();
    // The text's size, kept across sessions (Ctrl+wheel in the text too).
    QAction *zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this,
                                      [this] { m_view->setZoom(m_view->zoom() + ArticleView::ZoomStep); });
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    // Ctrl+= too: on most layouts "+" needs Shift.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this,
                                       [this] { m_view->setZoom(m_view->zoom() - ArticleView::ZoomStep); });
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual Size"), this,
                                         [this] { m_view->setZoom(100); });
    zoomReset->setObjectName(QStringLiteral("zoomReset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_view, &ArticleView::zoomChanged, this, [this](int percent) {
        windowSettings().setValue(QStringLiteral("view/zoom"), percent);
        statusBar()->showMessage(tr("Zoom %1 %").arg(percent), 2000);
    });
    view->addSeparator();
    QAction *article = view->addAction(tr("The Ar&ticle Text"));
    article->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(article, &QAction::triggered, this, [this] { m_view->setFocus(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *nextArticle = go->addAction(tr("&Next Article"), this, [this] {
        if (Status s = m_session.showAdjacentArticle(true); !s)
            showWarning(s.error());
    });
    nextArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previousArticle = go->addAction(tr("&Previous Article"), this, [this] {
        if (Status s = m_session.showAdjacentArticle(false); !s)
            showWarning(s.error());
    });
    previousArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    go->addSeparator();
    // Enter in the article does the same (ArticleView::activateRequested);
    // not a shortcut, which would take Enter from every panel.
    go->addAction(tr("&Edit What Is at the Caret (Enter)"), this, &MainWindow::editAtCaret);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configureAction = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                       tr("&Configure Marginalia…"), this, &MainWindow::configure);
    configureAction->setShortcuts(PreferencesDialog::shortcuts());
    configureAction->setMenuRole(QAction::PreferencesRole);
    configureAction->setObjectName(QStringLiteral("configure"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), findChildren<QDockWidget *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->filter()->setFocus();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Marginalia"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::rebuildTagActions()
{
    for (QAction *action : std::as_const(m_tagActions)) {
        m_tagMenu->removeAction(action);
        // Out of the window at once (its key is free for the new one); freed
        // later, as the change may come from inside one of its signals.
        action->setParent(nullptr);
        action->deleteLater();
    }
    m_tagActions.clear();
    QAction *before = m_tagMenu->actions().value(0); // the separator above Remove
    for (const Label &label : m_session.labels()) {
        auto *action = new QAction(tr("Tag as %1").arg(label.name), m_tagMenu);
        action->setObjectName(QStringLiteral("tag-") + label.name.toLower());
        if (!label.hotkey.isEmpty())
            action->setShortcut(QKeySequence(label.hotkey));
        action->setIcon(LabelAppearance::sample(label.style, label.color, palette(), font()));
        const qint64 id = label.id;
        connect(action, &QAction::triggered, this, [this, id] { tagSelection(id); });
        m_tagMenu->insertAction(before, action);
        m_tagActions << action;
    }
}

} // namespace Marginalia::Ui
