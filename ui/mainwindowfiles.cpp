// MainWindow's file and project actions: open, drop, recent files, import, export, Save As, check all.
#include "mainwindow.h"

#include "annotator.h"
#include "articlespanel.h"
#include "corpuschecker.h"
#include "exchange/exchange.h"
#include "exportdialog.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

namespace Marginalia::Ui {

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    event->acceptProposedAction();
    if (urls.size() == 1) {
        openPath(urls.constFirst().toLocalFile());
        return;
    }
    QStringList files;
    for (const QUrl &url : urls) {
        const QFileInfo info(url.toLocalFile());
        if (info.isDir())
            files << Session::articleFilesIn(info.absoluteFilePath());
        else
            files << info.absoluteFilePath();
    }
    importFiles(files);
}

void MainWindow::saveProjectAs()
{
    const QFileInfo current(m_session.store().path());
    // Beside the project, unless its disk is what refuses the changes.
    QDir folder = current.absoluteDir();
    if (m_session.pendingEdits() > 0) {
        folder.setPath(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.exists())
            folder = QDir::home();
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"),
        //: Appended to a project's file name to propose the name of its copy.
        folder.filePath(current.completeBaseName() + tr("-copy") + QStringLiteral(".marginalia")),
        tr("Marginalia projects (*.marginalia)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".marginalia");
    if (Status s = m_session.saveAs(path); !s)
        QMessageBox::warning(this, tr("Cannot save the project"), s.error());
}

void MainWindow::openArticle()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        forgetRecent(path);
        statusBar()->showMessage(
            tr("%1 is not there any more; it was taken off the recent list.").arg(QDir::toNativeSeparators(path)),
            8000);
        return false;
    }
    if (info.isDir()) {
        rememberRecent(info.absoluteFilePath());
        importFiles(Session::articleFilesIn(info.absoluteFilePath()));
        return true;
    }
    if (auto id = m_session.openArticleFile(info.absoluteFilePath()); !id) {
        QMessageBox::warning(this, tr("Cannot open the article"), id.error());
        return false;
    }
    rememberRecent(info.absoluteFilePath());
    return true;
}

QStringList MainWindow::recentPaths()
{
    return windowSettings().value(QStringLiteral("recent/paths")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList paths = recentPaths();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > MaxRecent)
        paths.removeLast();
    QSettings settings = windowSettings();
    settings.setValue(QStringLiteral("recent/paths"), paths);
}

void MainWindow::forgetRecent(const QString &path)
{
    QStringList paths = recentPaths();
    if (paths.removeAll(path) == 0)
        return;
    QSettings settings = windowSettings();
    settings.setValue(QStringLiteral("recent/paths"), paths);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentPaths();
    int number = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        // "&1 fr-02.txt (samples)": the key, the name, where it is.
        const QString where = info.dir().dirName();
        QString text = info.fileName().isEmpty() ? path : info.fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (info.isDir())
            text += QStringLiteral("/");
        if (!where.isEmpty())
            text += QStringLiteral("  (%1)").arg(QString(where).replace(QLatin1Char('&'), QStringLiteral("&&")));
        ++number;
        if (number < 10)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openPath(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent articles or folders"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings settings = windowSettings();
        settings.remove(QStringLiteral("recent"));
    });
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty()) {
        statusBar()->showMessage(tr("No article files (.txt, .md, .html) there."), 6000);
        return;
    }
    // Modal progress with Cancel: each file is quick, a corpus is not.
    QProgressDialog progress(tr("Importing articles…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int added = 0;
    int versions = 0;
    int unchanged = 0;
    QStringList failed;
    qint64 first = 0;
    for (int i = 0; i < paths.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(paths.at(i)).fileName()));
        auto outcome = m_session.importArticleFile(paths.at(i));
        if (!outcome) {
            failed << outcome.error();
            continue;
        }
        first = first > 0 ? first : outcome->articleId;
        switch (outcome->kind) {
        case Annotator::ImportOutcome::Kind::Added:
            ++added;
            break;
        case Annotator::ImportOutcome::Kind::NewVersion:
            ++versions;
            break;
        case Annotator::ImportOutcome::Kind::Unchanged:
            ++unchanged;
            break;
        }
    }
    const bool canceled = progress.wasCanceled();
    progress.setValue(int(paths.size()));
    // Each count with its own plural forms, listed as the locale lists.
    QStringList counts{tr("%Ln article(s) added", nullptr, added)};
    if (versions > 0)
        counts << tr("%Ln new version(s) of stored articles", nullptr, versions);
    if (unchanged > 0)
        counts << tr("%Ln article(s) already in the project", nullptr, unchanged);
    const QString list = QLocale().createSeparatedList(counts);
    const QString summary = canceled ? tr("Import canceled: %1.").arg(list) : tr("Import: %1.").arg(list);
    if (first > 0 && (!m_session.hasArticle() || paths.size() == 1))
        (void)m_session.showArticle(first);
    if (!failed.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some files were not imported"),
                        summary + u' ' + tr("%Ln file(s) could not be read.", nullptr, int(failed.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(failed.join(QLatin1Char('\n')));
        box.exec();
    } else {
        statusBar()->showMessage(summary, 8000);
    }
    if (auto *d = findChild<QDockWidget *>(QStringLiteral("articlesDock")); d && paths.size() > 1) {
        d->show();
        d->raise();
    }
}

void MainWindow::checkAllArticles()
{
    if (m_corpusCheck)
        return; // one run at a time; its Cancel is in the status bar
    m_corpusCheck = new CorpusChecker(m_session.store(), this);
    m_corpusCheck->setFallbackLanguage(m_session.fallbackLanguage()); // the counts match the open article's
    auto *bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("corpusCheckProgress"));
    bar->setAccessibleName(tr("Checking all articles"));
    bar->setMaximumWidth(180);
    //: A progress bar's text: %v is the number of articles checked, %m how many there are.
    bar->setFormat(tr("Checking %v of %m"));
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("corpusCheckCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setToolTip(tr("Stop checking (what was counted stays)"));
    statusBar()->addPermanentWidget(bar);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QToolButton::clicked, m_corpusCheck, &CorpusChecker::cancel);
    connect(m_corpusCheck, &CorpusChecker::progress, bar, [bar](int done, int total) {
        bar->setMaximum(std::max(1, total));
        bar->setValue(done);
    });
    connect(m_corpusCheck, &CorpusChecker::articleChecked, m_articles, &ArticlesPanel::refreshArticle);
    connect(m_corpusCheck, &CorpusChecker::problem, this,
            [this](qint64, const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_corpusCheck, &CorpusChecker::finished, this, [this, bar, cancel](bool cancelled) {
        const int done = m_corpusCheck->done();
        const int total = m_corpusCheck->total();
        bar->deleteLater();
        cancel->deleteLater();
        m_corpusCheck->deleteLater();
        m_corpusCheck = nullptr;
        statusBar()->showMessage(
            cancelled ? tr("Checking stopped: %1 of %Ln article(s) checked.", nullptr, total).arg(done)
                      : tr("%Ln article(s) checked: see the Issues column of the Articles panel.", nullptr, total),
            8000);
        if (!cancelled)
            findChild<QDockWidget *>(QStringLiteral("articlesDock"))->show();
    });
    // A project carried on elsewhere is not this run's any more.
    connect(&m_session, &Session::projectPathChanged, m_corpusCheck, &CorpusChecker::cancel);
    if (Status s = m_corpusCheck->start(); !s) {
        showWarning(s.error());
        m_corpusCheck->cancel();
    }
}

bool MainWindow::importAnnotations(QStringList paths, std::optional<Exchange::Format> format)
{
    // One filter per importable format; the chosen filter is the format.
    QList<Exchange::Format> formats;
    QStringList filters;
    for (const Exchange::FormatInfo &f : Exchange::formats()) {
        if (!f.importable)
            continue;
        formats << f.format;
        const QString patterns = f.format == Exchange::Format::Brat ? QStringLiteral("*.ann")
            : f.format == Exchange::Format::Conll                   ? QStringLiteral("*.conll *.iob *.bio *.txt")
                                                                    : QStringLiteral("*.") + f.extension;
        filters << QStringLiteral("%1 (%2)").arg(f.title, patterns);
    }
    if (paths.isEmpty()) {
        QString chosen = filters.first();
        paths = QFileDialog::getOpenFileNames(this, tr("Import Annotations"),
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                              filters.join(QStringLiteral(";;")), &chosen);
        if (paths.isEmpty())
            return false;
        format = formats.value(std::max<qsizetype>(0, filters.indexOf(chosen)));
    }
    if (!format)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = m_session.importAnnotations(*format, paths);
    QApplication::restoreOverrideCursor();
    if (!report) {
        // Nothing was written; the user may take what could be read.
        QMessageBox box(QMessageBox::Warning, tr("Import"), tr("Nothing was imported."), QMessageBox::Cancel, this);
        box.setInformativeText(report.error().section(u'\n', 0, 0));
        box.setDetailedText(report.error());
        QPushButton *partial = box.addButton(tr("Import What Can Be Read"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != partial)
            return false;
        report = m_session.importAnnotations(*format, paths, true);
        if (!report) {
            QMessageBox::warning(this, tr("Import"), report.error());
            return false;
        }
    }
    QStringList counts{tr("Imported %Ln annotation(s)", nullptr, report->annotations),
                       tr("%Ln article(s) added", nullptr, report->articlesAdded),
                       tr("%Ln article(s) already in the project", nullptr, report->articlesMatched),
                       tr("%Ln entit(y/ies) added", nullptr, report->entities),
                       tr("%Ln entit(y/ies) already known", nullptr, report->entitiesMatched)};
    if (!report->problems.isEmpty())
        counts << tr("%Ln line(s) skipped", nullptr, int(report->problems.size()));
    const QString message = counts.join(QStringLiteral("; "));
    statusBar()->showMessage(message, 10000);
    return true;
}

void MainWindow::exportAnnotations()
{
    auto *dialog = new ExportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Marginalia::Ui
