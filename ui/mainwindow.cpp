#include "mainwindow.h"

#include "annotationspanel.h"
#include "annotator.h"
#include "articlespanel.h"
#include "articleview.h"
#include "claimspanel.h"
#include "deferredrefresh.h"
#include "entitiespanel.h"
#include "findingcard.h"
#include "findingspanel.h"
#include "findingstyle.h"
#include "heatstrip.h"
#include "labelschemaeditor.h"
#include "mqmpanel.h"
#include "mterroreditor.h"
#include "preferencesdialog.h"
#include "session.h"
#include "spellbackend.h"
#include "theme.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBoundaryFinder>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace Marginalia::Ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_meta = new QLabel(central);
    m_meta->setObjectName(QStringLiteral("articleMetadata"));
    m_meta->setAccessibleName(tr("Article metadata"));
    m_meta->setContentsMargins(12, 6, 12, 6);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new ArticleView(central);
    m_heatStrip = new HeatStrip(m_session, m_view, central);
    auto *textRow = new QHBoxLayout;
    textRow->setContentsMargins(0, 0, 0, 0);
    textRow->setSpacing(0);
    textRow->addWidget(m_view, 1);
    textRow->addWidget(m_heatStrip);
    layout->addWidget(m_meta);
    layout->addLayout(textRow, 1);
    connect(m_heatStrip, &HeatStrip::positionRequested, this, [this](qint64 position) {
        m_view->selectSpan(position, position);
        m_view->centerCursor();
    });
    setCentralWidget(central);

    m_backendStatus = new QLabel(this);
    m_findingStatus = new QLabel(this);
    m_saveStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_findingStatus);
    statusBar()->addPermanentWidget(m_backendStatus);
    statusBar()->addPermanentWidget(m_saveStatus);
    m_saveElsewhere = new QToolButton(this);
    m_saveElsewhere->setObjectName(QStringLiteral("saveElsewhere"));
    m_saveElsewhere->setText(tr("Save Elsewhere…"));
    m_saveElsewhere->setToolTip(tr("Save the project, with the changes not saved yet, to another file"));
    m_saveElsewhere->setVisible(false);
    connect(m_saveElsewhere, &QToolButton::clicked, this, &MainWindow::saveProjectAs);
    statusBar()->addPermanentWidget(m_saveElsewhere);
    m_saveStatus->setText(m_session.isReadOnly()
                              ? tr("Project: %1 (read-only)").arg(QFileInfo(m_session.store().path()).fileName())
                              : tr("Project: %1").arg(QFileInfo(m_session.store().path()).fileName()));
    m_saveStatus->setToolTip(m_session.store().path());

    m_findings = new FindingsPanel(this);
    m_card = new FindingCard(this);
    auto *dock = new QDockWidget(tr("Findings"), this);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(m_findings);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](qint64 start, qint64 end) {
        m_view->selectSpan(start, end);
        m_view->ensureCursorVisible();
    });
    m_annotations = new AnnotationsPanel(this);
    auto *annotationsDock = new QDockWidget(tr("Annotations"), this);
    annotationsDock->setObjectName(QStringLiteral("annotationsDock"));
    annotationsDock->setWidget(m_annotations);
    addDockWidget(Qt::RightDockWidgetArea, annotationsDock);
    tabifyDockWidget(dock, annotationsDock);
    connect(m_annotations, &AnnotationsPanel::annotationActivated, this, [this](qint64, qint64 start, qint64 end) {
        m_view->selectSpan(start, end);
        m_view->ensureCursorVisible();
    });
    connect(m_annotations, &AnnotationsPanel::removeRequested, this, [this](const QList<qint64> &ids) {
        if (Status s = m_session.annotator().removeAnnotations(ids); !s)
            reportEditError(s.error());
        else
            statusBar()->showMessage(
                tr("%Ln annotation(s) deleted. Ctrl+Z brings them back.", nullptr, int(ids.size())), 5000);
    });
    connect(m_annotations, &AnnotationsPanel::placeRequested, this, &MainWindow::placeOrphan);
    m_annotationsRefresh = new DeferredRefresh(m_annotations, [this] {
        m_annotations->setAnnotations(m_session.annotations(), m_session.labels(), m_session.entityNames());
    });

    m_claims = new ClaimsPanel(m_session, this);
    auto *claimsDock = new QDockWidget(tr("Claims"), this);
    claimsDock->setObjectName(QStringLiteral("claimsDock"));
    claimsDock->setWidget(m_claims);
    addDockWidget(Qt::RightDockWidgetArea, claimsDock);
    tabifyDockWidget(dock, claimsDock);
    connect(m_claims, &ClaimsPanel::claimActivated, this, [this](qint64 start, qint64 end) {
        m_view->selectSpan(start, end);
        m_view->ensureCursorVisible();
    });
    connect(m_claims, &ClaimsPanel::errorOccurred, this, &MainWindow::reportEditError);

    m_entities = new EntitiesPanel(m_session, this);
    auto *entitiesDock = new QDockWidget(tr("Entities"), this);
    entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    entitiesDock->setWidget(m_entities);
    addDockWidget(Qt::RightDockWidgetArea, entitiesDock);
    tabifyDockWidget(dock, entitiesDock);
    connect(m_entities, &EntitiesPanel::mentionActivated, this, [this](qint64 start, qint64 end) {
        m_view->selectSpan(start, end);
        m_view->ensureCursorVisible();
    });
    connect(m_entities, &EntitiesPanel::errorOccurred, this, &MainWindow::reportEditError);
    connect(m_entities, &EntitiesPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    m_mqm = new MqmPanel(m_session, this);
    auto *mqmDock = new QDockWidget(tr("MQM"), this);
    mqmDock->setObjectName(QStringLiteral("mqmDock"));
    mqmDock->setWidget(m_mqm);
    addDockWidget(Qt::RightDockWidgetArea, mqmDock);
    tabifyDockWidget(dock, mqmDock);
    connect(m_mqm, &MqmPanel::errorActivated, this, [this](qint64 start, qint64 end) {
        m_view->selectSpan(start, end);
        m_view->ensureCursorVisible();
    });

    // The corpus on the left, shown once the project holds more than one
    // article (a restored layout overrides this).
    m_articles = new ArticlesPanel(m_session, this);
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    articlesDock->setWidget(m_articles);
    addDockWidget(Qt::LeftDockWidgetArea, articlesDock);
    articlesDock->setVisible(m_articles->model()->rowCount() > 1);
    connect(m_articles, &ArticlesPanel::articleActivated, this, [this](qint64 id) {
        if (Status s = m_session.showArticle(id); !s)
            showWarning(s.error());
    });
    connect(m_articles, &ArticlesPanel::statusRequested, this, [this](qint64 id, ArticleStatus status) {
        if (Status s = m_session.annotator().setArticleStatus(id, status); !s)
            reportEditError(s.error());
    });
    connect(m_articles, &ArticlesPanel::errorOccurred, this, &MainWindow::showWarning);
    connect(&m_session, &Session::corpusChanged, m_articles, [this, articlesDock] {
        m_articles->refresh();
        if (m_articles->model()->rowCount() > 1 && !articlesDock->isVisible())
            articlesDock->show();
    });
    connect(&m_session.annotator(), &Annotator::annotationsChanged, m_articles, &ArticlesPanel::refreshArticle);
    dock->raise();
    connect(m_view, &ArticleView::stepRequested, this, &MainWindow::stepAnnotations);
    connect(m_view, &ArticleView::activateRequested, this, &MainWindow::editAtCaret);
    connect(m_view, &ArticleView::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &ArticleView::hoverRequested, this, &MainWindow::showHover);
    connect(m_card, &FindingCard::copyRequested, this,
            [](const QString &text) { QGuiApplication::clipboard()->setText(text); });
    connect(m_card, &FindingCard::ignoreRequested, this, &MainWindow::ignore);
    connect(m_card, &FindingCard::acceptRequested, this, &MainWindow::accept);
    connect(m_card, &FindingCard::addWordRequested, this, &MainWindow::addToDictionary);

    createActions();

    connect(&m_session, &Session::articleChanged, this, &MainWindow::showArticle);
    connect(&m_session, &Session::findingsChanged, this, &MainWindow::showFindings);
    connect(&m_session, &Session::findingsChanged, this, [this] {
        if (m_session.hasArticle())
            m_articles->refreshArticle(m_session.article().id); // its open findings
    });
    connect(&m_session, &Session::annotationsChanged, this, &MainWindow::showAnnotations);
    connect(&m_session.annotator(), &Annotator::entitiesChanged, this, &MainWindow::showAnnotations);
    connect(&m_session, &Session::warning, this, &MainWindow::showWarning);
    connect(&m_session, &Session::pendingEditsChanged, this, &MainWindow::showSaveState);
    connect(&m_session, &Session::projectPathChanged, this, [this](const QString &path) {
        showSaveState(m_session.pendingEdits(), QString());
        statusBar()->showMessage(tr("Saved as %1. Work goes on in this file.").arg(path), 8000);
    });

    resize(1180, 780);
    setAcceptDrops(true);
    // The layout the user left (panels, sizes), when there is one.
    QSettings settings = windowSettings();
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("state")).toByteArray())) {
        // First start: room for the corpus list's numbers beside the titles.
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("articlesDock"))}, {360}, Qt::Horizontal);
    }
    {
        const QSignalBlocker quiet(m_view); // restored, not changed: no message
        m_view->setZoom(settings.value(QStringLiteral("view/zoom"), 100).toInt());
    }
    if (m_session.hasArticle()) {
        showArticle();
        showFindings();
    }
}

QSettings MainWindow::windowSettings()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                         + QStringLiteral("/window.ini"),
                     QSettings::IniFormat);
}

void MainWindow::rememberPosition()
{
    if (m_shownArticle == 0 || m_session.isReadOnly())
        return;
    (void)m_session.store().setSetting(QStringLiteral("ui/position/%1").arg(m_shownArticle),
                                       QString::number(m_view->caretPosition()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberPosition();
    QSettings settings = windowSettings();
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showArticle()
{
    rememberPosition(); // of the article being left
    const StoredArticle &a = m_session.article();
    m_view->setArticle(a.text, a.bodyLength);
    m_shownArticle = a.id;
    // Back where the reader was in this article.
    if (auto position = m_session.store().setting(QStringLiteral("ui/position/%1").arg(a.id));
        position && !position->isEmpty()) {
        const qint64 at = std::clamp<qint64>(position->toLongLong(), 0, a.bodyLength);
        m_view->selectSpan(at, at);
        m_view->centerCursor();
    }
    showAnnotations();
    QStringList parts;
    if (!a.documentId.isEmpty())
        parts << tr("Document <b>%1</b>").arg(a.documentId.toHtmlEscaped());
    if (!a.language.isEmpty()) {
        const QLocale locale(a.language);
        parts << tr("Language: %1 (%2)").arg(locale.nativeLanguageName(), a.language);
    }
    parts << QFileInfo(a.sourcePath).fileName().toHtmlEscaped();
    m_meta->setText(parts.join(QStringLiteral(" · ")));
    const QString name = a.documentId.isEmpty() ? a.title.left(60) : a.documentId;
    setWindowTitle(m_session.isReadOnly() ? tr("%1 (read-only) — Marginalia").arg(name)
                                          : tr("%1 — Marginalia").arg(name));
    m_findingStatus->setText(tr("Checking…"));
}

Findings MainWindow::shownFindingsAt(qint64 position) const
{
    return m_preferences.shownFindings(m_session.findingsAt(position));
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    Theme::apply(preferences.theme);
    m_view->setReadingStyle(preferences.readingFont(), preferences.lineSpacingPercent, preferences.readingWidth);
    m_heatStrip->setHiddenCategories(preferences.hiddenCategories);
    m_session.setFallbackLanguage(preferences.spellLanguage);
    showFindings();
}

void MainWindow::configure()
{
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Label edits are written at once through the Annotator (one undo step
    // each); a read-only project has no schema to edit.
    if (!m_session.isReadOnly())
        dialog->setLabelsPage(new LabelSchemaEditor(m_session));
    connect(dialog, &PreferencesDialog::preferencesChanged, this, &MainWindow::applyPreferences);
    m_preferencesDialog = dialog;
    dialog->show();
}

void MainWindow::showFindings()
{
    const Findings shown = m_preferences.shownFindings(m_session.findings());
    m_view->setFindings(shown, m_session.suggestionsReady());
    m_findings->setFindings(shown);
    const BackendInfo &b = m_session.backend();
    if (!b.backend.isEmpty()) {
        m_findingStatus->setText(tr("%Ln finding(s)", nullptr, int(shown.size())));
        m_backendStatus->setText(tr("%1 · %2").arg(b.language, b.backend));
        m_backendStatus->setToolTip(tr("Dictionary: %1").arg(b.dictionary));
    }
}

AnnotationsPanel *MainWindow::annotationsPanel() const
{
    m_annotationsRefresh->flush();
    return m_annotations;
}

void MainWindow::showAnnotations()
{
    m_view->setAnnotations(m_session.annotations(), m_session.labels());
    m_annotationsRefresh->request(); // the panel, when it is shown
}

void MainWindow::stepAnnotations(bool forward)
{
    const auto span = m_view->selectedSpan(ArticleView::SelectionMode::Exact);
    const qint64 from = span ? span->start : m_view->caretPosition();
    m_annotationsRefresh->flush(); // it steps through the panel's list, shown or not
    if (!m_annotations->step(from, forward))
        statusBar()->showMessage(tr("No annotation to go to: select text and press a label's key (1–9)."), 5000);
}

void MainWindow::placeOrphan(qint64 annotationId)
{
    const auto span = m_view->selectedSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select the text the annotation belongs to, then place it."), 6000);
        return;
    }
    if (Status s = m_session.placeOrphan(annotationId, span->start, span->end); !s)
        reportEditError(s.error());
    else
        statusBar()->showMessage(tr("Placed. Ctrl+Z undoes it."), 5000);
}

QDockWidget *MainWindow::dock() const
{
    return findChild<QDockWidget *>(QStringLiteral("findingsDock"));
}

void MainWindow::nextFinding()
{
    m_findings->step(m_view->caretPosition(), true);
}

void MainWindow::previousFinding()
{
    const auto span = m_view->selectedSpan(ArticleView::SelectionMode::Exact);
    m_findings->step(span ? span->start : m_view->caretPosition(), false);
}

bool MainWindow::prepareCard(qint64 position)
{
    const Findings findings = shownFindingsAt(position);
    if (findings.isEmpty())
        return false;
    m_card->setFindings(findings, m_session.suggestionsReady(), m_view->tagNotes(position));
    return true;
}

void MainWindow::showHover(qint64 position, const QPoint &globalPos)
{
    if (!prepareCard(position)) {
        m_card->hide();
        const QString text = m_view->describe(position); // tags only
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(globalPos, text, m_view);
        return;
    }
    QToolTip::hideText();
    const Findings findings = shownFindingsAt(position);
    m_card->showForHover(m_view->spanRect(findings.constFirst().start, findings.constFirst().end));
}

void MainWindow::explainAtCaret()
{
    const auto span = m_view->selectedSpan(ArticleView::SelectionMode::Exact);
    const qint64 position = span ? span->start : m_view->caretPosition();
    if (!prepareCard(position)) {
        statusBar()->showMessage(tr("No finding at the caret. F8 goes to the next one."), 5000);
        return;
    }
    const Findings findings = shownFindingsAt(position);
    m_card->showForKeyboard(m_view->spanRect(findings.constFirst().start, findings.constFirst().end));
}

void MainWindow::ignore(const Finding &finding)
{
    if (Status st = m_session.ignoreFinding(finding); !st)
        reportEditError(st.error());
}

void MainWindow::accept(const Finding &finding)
{
    if (auto id = m_session.acceptFinding(finding); !id)
        reportEditError(id.error());
    else
        statusBar()->showMessage(tr("“%1” saved as an MT error (%2). Ctrl+Z undoes it.")
                                     .arg(finding.text.left(40), mqmCategory(finding.category)),
                                 6000);
}

void MainWindow::addToDictionary(const QString &word)
{
    if (Status st = m_session.addToDictionary(word); !st)
        showWarning(st.error());
}

void MainWindow::showContextMenu(qint64 position, const QPoint &globalPos)
{
    m_card->hide();
    QMenu menu(this);
    for (const Finding &f : shownFindingsAt(position)) {
        QAction *title = menu.addAction(FindingStyle::categoryName(f.category) + QStringLiteral(": ") + f.message);
        title->setEnabled(false);
        for (const QString &s : f.suggestions.mid(0, 5)) {
            menu.addAction(tr("Copy “%1”").arg(s), this, [s] { QGuiApplication::clipboard()->setText(s); });
        }
        menu.addAction(tr("Accept as MT Error"), this, [this, f] { accept(f); });
        menu.addAction(tr("Ignore This Finding"), this, [this, f] { ignore(f); });
        const bool wordLike = f.category == FindingCategory::Spelling || f.category == FindingCategory::UnknownName
            || f.category == FindingCategory::NameInconsistency;
        if (wordLike && !f.text.contains(u' ')) {
            menu.addAction(tr("Add “%1” to the Project Dictionary").arg(f.text), this,
                           [this, word = f.text] { addToDictionary(word); });
        }
        menu.addSeparator();
    }
    if (m_view->textCursor().hasSelection())
        menu.addAction(tr("&Copy"), m_view, &ArticleView::copy);
    if (menu.isEmpty())
        return;
    menu.exec(globalPos);
}

void MainWindow::showSaveState(int pending, const QString &reason)
{
    const QString name = QFileInfo(m_session.store().path()).fileName();
    m_saveElsewhere->setVisible(pending > 0);
    if (pending == 0) {
        m_saveStatus->setText(tr("Project: %1").arg(name));
        m_saveStatus->setToolTip(m_session.store().path());
        if (m_writeProblemShown) {
            if (m_writeProblem)
                m_writeProblem->close();
            m_writeProblemShown = false;
            statusBar()->showMessage(tr("All changes are saved."), 5000);
        }
        return;
    }
    m_saveStatus->setText(tr("%Ln change(s) not saved yet, retrying…", nullptr, pending));
    m_saveStatus->setToolTip(reason);
    if (m_writeProblemShown)
        return; // told once until all is saved; the status bar keeps counting
    m_writeProblemShown = true;
    // Not modal: the user may go on reading and tagging (the edits queue up)
    // while deciding whether to free space or save elsewhere.
    m_writeProblem = new QMessageBox(QMessageBox::Warning, tr("Changes cannot be saved"),
                                     tr("%1 does not take changes at the moment.").arg(m_session.store().path()),
                                     QMessageBox::NoButton, this);
    m_writeProblem->setObjectName(QStringLiteral("writeProblem"));
    m_writeProblem->setAttribute(Qt::WA_DeleteOnClose);
    m_writeProblem->setInformativeText(
        tr("%1\n\nYour changes are kept in memory and Marginalia tries again every few seconds. "
           "Free some space or fix the file's permissions, or save the project elsewhere now.")
            .arg(reason));
    QPushButton *elsewhere = m_writeProblem->addButton(tr("Save Elsewhere…"), QMessageBox::AcceptRole);
    m_writeProblem->addButton(tr("Keep Trying"), QMessageBox::RejectRole);
    m_writeProblem->setDefaultButton(elsewhere);
    connect(elsewhere, &QPushButton::clicked, this, &MainWindow::saveProjectAs, Qt::QueuedConnection);
    m_writeProblem->setWindowModality(Qt::NonModal);
    m_writeProblem->show();
}

void MainWindow::reportEditError(const QString &message)
{
    // A change the file could not take is kept and retried: the save state
    // says so; a dialog per keystroke would not help.
    if (m_session.pendingEdits() > 0) {
        statusBar()->showMessage(message, 10000);
        return;
    }
    showWarning(message);
}

void MainWindow::showWarning(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Marginalia"), message);
}

void MainWindow::editAtCaret()
{
    const qint64 position = m_view->caretPosition();
    if (const qint64 claim = m_claims->claimAt(position); claim > 0) {
        m_claims->editClaim(claim);
        return;
    }
    for (const Annotation &a : m_session.annotations()) {
        if (a.mtError && !a.orphan && a.start <= position && position < a.end) {
            editMtError(a);
            return;
        }
    }
    if (!shownFindingsAt(position).isEmpty()) {
        explainAtCaret();
        return;
    }
    statusBar()->showMessage(
        tr("Nothing to edit at the caret: Enter edits a claim or an MT error, or explains a finding."), 5000);
}

void MainWindow::selectBySentence(int direction)
{
    // Sentences as Unicode defines them (UAX #29, QTextBoundaryFinder), on
    // the text as the view holds it; the selection is made in the view's
    // own positions, so no offset conversion is involved.
    const QString text = m_view->toPlainText();
    QTextCursor cursor = m_view->textCursor();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    auto boundaryBefore = [&finder](qsizetype position) {
        finder.setPosition(position);
        if (finder.isAtBoundary())
            return position;
        const qsizetype before = finder.toPreviousBoundary();
        return before < 0 ? qsizetype(0) : before;
    };
    auto boundaryAfter = [&finder, &text](qsizetype position) {
        finder.setPosition(position);
        const qsizetype after = finder.toNextBoundary();
        return after < 0 ? text.size() : after;
    };
    // A sentence's trailing spaces and line breaks are not part of it.
    auto trimmedEnd = [&text](qsizetype start, qsizetype end) {
        while (end > start && text.at(end - 1).isSpace())
            --end;
        return end;
    };
    if (direction == 0) {
        const qsizetype start = boundaryBefore(cursor.position());
        const qsizetype end = trimmedEnd(start, boundaryAfter(start));
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    } else if (direction > 0) { // from the caret or the selection's moving end
        qsizetype position = cursor.position();
        // Past the spaces that end the sentence the selection reaches.
        while (position < text.size() && text.at(position).isSpace())
            ++position;
        const qsizetype end = trimmedEnd(position, boundaryAfter(position));
        cursor.setPosition(int(std::max(end, qsizetype(cursor.position()))), QTextCursor::KeepAnchor);
    } else {
        qsizetype position = cursor.position();
        while (position > 0 && text.at(position - 1).isSpace())
            --position;
        const qsizetype start = position > 0 ? boundaryBefore(position - 1) : 0;
        cursor.setPosition(int(start), QTextCursor::KeepAnchor);
    }
    m_view->setTextCursor(cursor);
    m_view->ensureCursorVisible();
}

MtErrorEditor *MainWindow::editMtError(const Annotation &error)
{
    auto *editor = new MtErrorEditor(m_session, error, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MtErrorEditor::errorOccurred, this, &MainWindow::reportEditError);
    editor->open();
    return editor;
}

void MainWindow::tagSelection(qint64 labelId)
{
    const auto span = m_view->selectedSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select a passage first, then press the label's key."), 5000);
        return;
    }
    auto id = m_session.tag(span->start, span->end, labelId);
    if (!id) {
        reportEditError(id.error());
        return;
    }
    m_view->selectSpan(span->end, span->end);
    statusBar()->showMessage(tr("Tagged and saved."), 3000);
}

void MainWindow::removeTagsAtCaret()
{
    auto removed = m_session.removeAnnotationsAt(m_view->caretPosition());
    if (!removed)
        reportEditError(removed.error());
    else if (*removed == 0)
        statusBar()->showMessage(tr("No tag at the caret."), 3000);
}

void MainWindow::showAbout()
{
    const BackendInfo &b = m_session.backend();
    QMessageBox::about(
        this, tr("About Marginalia"),
        tr("<h3>Marginalia %1</h3>"
           "<p>Read machine-translated news, see what the translation broke, and annotate it.</p>"
           "<p><b>Spell backend:</b> %2<br><b>Dictionary:</b> %3<br><b>Language:</b> %4</p>"
           "<p><b>Project file:</b> %5<br>Qt %6 · SQLite %7</p>")
            .arg(QStringLiteral(MARGINALIA_VERSION), b.backend.isEmpty() ? SpellBackends::compiledBackend() : b.backend,
                 b.dictionary.isEmpty() ? tr("(not loaded yet)") : b.dictionary.toHtmlEscaped(),
                 b.language.isEmpty() ? tr("(not known yet)") : b.language, m_session.store().path().toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion())));
}

} // namespace Marginalia::Ui
