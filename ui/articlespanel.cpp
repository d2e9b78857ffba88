#include "articlespanel.h"

#include "deferredrefresh.h"

#include "session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

const ArticleStatus Statuses[] = {ArticleStatus::ToDo, ArticleStatus::InProgress, ArticleStatus::Done};

} // namespace

QString ArticlesPanel::statusName(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::ToDo:
        return tr("To do");
    case ArticleStatus::InProgress:
        return tr("In progress");
    case ArticleStatus::Done:
        break;
    }
    return tr("Done");
}

QString ArticlesPanel::markAsText(ArticleStatus status)
{
    // Whole sentences: a status name is not always the same word inside one.
    switch (status) {
    case ArticleStatus::ToDo:
        return tr("Mark as &To Do");
    case ArticleStatus::InProgress:
        return tr("Mark as &In Progress");
    case ArticleStatus::Done:
        break;
    }
    return tr("Mark as &Done");
}

ArticlesPanel::ArticlesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_model->setHorizontalHeaderLabels(
        {tr("Doc."), tr("Title"), tr("Lang."), QStringLiteral("◐"), tr("Tags"), tr("Issues"), tr("Matches")});
    const QStringList tips{tr("Document id"),
                           tr("Title"),
                           tr("Language"),
                           tr("Status: ○ to do, ◐ in progress, ● done"),
                           tr("Annotations"),
                           tr("Open checker findings when the article was last checked (Check ▸ Check All "
                              "Articles)"),
                           tr("Search matches")};
    for (int c = 0; c < tips.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, tips.at(c), Qt::ToolTipRole);
    m_view->setModel(m_model);
    m_refresh = new DeferredRefresh(this, [this] { refreshStaleArticles(); });
    m_view->setObjectName(QStringLiteral("articlesView"));
    m_view->setAccessibleName(tr("Articles of the project"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // import order until the user sorts
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // The title takes what the numbers leave: no horizontal scrolling in a
    // narrow dock.
    for (int c = 0; c <= HitsColumn; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->hideColumn(HitsColumn);
    m_search->setObjectName(QStringLiteral("corpusSearch"));
    m_search->setAccessibleName(tr("Search the corpus"));
    m_search->setPlaceholderText(tr("Search all articles: text, tags, entities, notes…"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("articleStatus"));
    m_status->setAccessibleName(tr("Status of the selected article"));
    for (ArticleStatus s : Statuses)
        m_status->addItem(statusName(s), int(s));
    m_summary->setWordWrap(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *statusRow = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT articleActivated(index.siblingAtColumn(0).data(ArticleIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ArticlesPanel::showCurrentStatus);
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (const qint64 id = currentArticle(); id > 0)
            Q_EMIT statusRequested(id, ArticleStatus(m_status->itemData(index).toInt()));
    });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ArticlesPanel::search);
    connect(m_searchDelay, &QTimer::timeout, this, &ArticlesPanel::search);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ArticlesPanel::showContextMenu);
    refresh();
}

qint64 ArticlesPanel::currentArticle() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ArticleIdRole).toLongLong() : 0;
}

void ArticlesPanel::showCurrentStatus()
{
    const QModelIndex index = m_view->currentIndex();
    m_status->setEnabled(index.isValid() && !m_session.isReadOnly());
    if (index.isValid())
        m_status->setCurrentIndex(m_status->findData(index.siblingAtColumn(StatusColumn).data(Qt::UserRole + 2)));
}

void ArticlesPanel::refresh()
{
    auto summaries = m_session.store().articleSummaries();
    if (!summaries) {
        Q_EMIT errorOccurred(summaries.error());
        return;
    }
    const qint64 current = currentArticle();
    const qint64 shown = m_session.hasArticle() ? m_session.article().id : 0;
    m_model->removeRows(0, m_model->rowCount());
    QSet<QString> languages;
    for (const ArticleSummary &a : std::as_const(*summaries)) {
        m_model->appendRow(makeRow(a, shown));
        if (!a.language.isEmpty())
            languages << a.language;
    }
    // One language for the whole corpus says nothing per line: its room
    // goes to the titles.
    m_view->setColumnHidden(LanguageColumn, languages.size() < 2);
    updateSummary();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(ArticleIdRole).toLongLong() == (current > 0 ? current : shown))
            m_view->setCurrentIndex(m_model->index(r, 0));
    }
    if (!m_search->text().trimmed().isEmpty())
        search();
    showCurrentStatus();
}

void ArticlesPanel::updateSummary()
{
    int done = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        done += m_model->index(r, StatusColumn).data(Qt::UserRole + 2).toInt() == int(ArticleStatus::Done) ? 1 : 0;
    m_summary->setText(tr("%Ln article(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                       + tr("%Ln done", nullptr, done));
}

QList<QStandardItem *> ArticlesPanel::makeRow(const ArticleSummary &a, qint64 shown) const
{
    auto *document = new QStandardItem(a.documentId.isEmpty() ? QString::number(a.id) : a.documentId);
    document->setData(a.id, ArticleIdRole);
    auto *title = new QStandardItem(a.title);
    title->setToolTip(a.title);
    // A shape, not a word, so that the titles keep their room; the word is
    // in the tooltip, for screen readers and in the combo below.
    static const QString Shapes[] = {QStringLiteral("○"), QStringLiteral("◐"), QStringLiteral("●")};
    auto *status = new QStandardItem(Shapes[std::clamp(int(a.status), 0, 2)]);
    status->setToolTip(statusName(a.status));
    status->setData(statusName(a.status), Qt::AccessibleTextRole);
    status->setData(int(Qt::AlignCenter), Qt::TextAlignmentRole);
    status->setData(int(a.status), Qt::UserRole + 2);
    auto *count = new QStandardItem;
    count->setData(a.annotations, Qt::DisplayRole);
    count->setToolTip(tr("%Ln annotation(s)", nullptr, a.annotations) + QStringLiteral("\n")
                      + tr("%Ln MT error(s)", nullptr, a.mtErrors) + QStringLiteral("\n")
                      + tr("%Ln claim(s)", nullptr, a.claims)
                      + (a.orphans > 0 ? QStringLiteral("\n") + tr("%Ln orphaned", nullptr, a.orphans) : QString()));
    auto *issues = new QStandardItem;
    const auto stored = m_session.store().setting(Session::openFindingsKey(a.id));
    const QString checked = stored ? *stored : QString();
    if (checked.isEmpty()) {
        issues->setToolTip(tr("Not checked yet"));
    } else {
        issues->setData(checked.toInt(), Qt::DisplayRole);
        issues->setToolTip(tr("%Ln open finding(s) when last checked", nullptr, checked.toInt()));
    }
    issues->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    count->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    QList<QStandardItem *> row{document,         title, new QStandardItem(a.language), status, count, issues,
                               new QStandardItem};
    if (a.id == shown) { // the article in the reader
        for (QStandardItem *item : row) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    return row;
}

QStandardItemModel *ArticlesPanel::model() const
{
    m_refresh->flush(); // the lines as they are now, even while hidden
    return m_model;
}

void ArticlesPanel::refreshArticle(qint64 articleId)
{
    // Each tag asks; a hidden panel reads the counts once it is shown.
    m_staleArticles << articleId;
    m_refresh->request();
}

void ArticlesPanel::refreshStaleArticles()
{
    const QSet<qint64> ids = std::exchange(m_staleArticles, {});
    for (qint64 id : ids)
        readArticle(id);
}

void ArticlesPanel::readArticle(qint64 articleId)
{
    auto summaries = m_session.store().articleSummaries(articleId);
    if (!summaries) {
        Q_EMIT errorOccurred(summaries.error());
        return;
    }
    if (summaries->isEmpty())
        return;
    const qint64 shown = m_session.hasArticle() ? m_session.article().id : 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(ArticleIdRole).toLongLong() != articleId)
            continue;
        const QList<QStandardItem *> row = makeRow(summaries->constFirst(), shown);
        for (int c = 0; c < row.size(); ++c) {
            if (c == HitsColumn) {
                delete row.at(c); // the search result stays
                continue;
            }
            m_model->setItem(r, c, row.at(c));
        }
        if (m_view->currentIndex().row() == r)
            showCurrentStatus();
        if (m_search->text().trimmed().isEmpty())
            updateSummary();
        return;
    }
    refresh(); // a new article
}

void ArticlesPanel::search()
{
    m_searchDelay->stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_view->setRowHidden(r, {}, false);
        m_view->hideColumn(HitsColumn);
        updateSummary();
        return;
    }
    auto hits = m_session.store().searchCorpus(query);
    if (!hits) {
        Q_EMIT errorOccurred(hits.error());
        return;
    }
    QHash<qint64, CorpusHit> byArticle;
    for (const CorpusHit &h : std::as_const(*hits))
        byArticle.insert(h.articleId, h);
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 id = m_model->index(r, 0).data(ArticleIdRole).toLongLong();
        const auto it = byArticle.constFind(id);
        const bool match = it != byArticle.cend();
        m_view->setRowHidden(r, {}, !match);
        QStandardItem *cell = m_model->item(r, HitsColumn);
        cell->setData(match ? it->inText + it->inAnnotations : 0, Qt::DisplayRole);
        cell->setToolTip(match ? tr("%Ln in the text", nullptr, it->inText) + QStringLiteral(", ")
                                 + tr("%Ln in annotations and notes", nullptr, it->inAnnotations)
                               : QString());
        shown += match ? 1 : 0;
    }
    m_view->showColumn(HitsColumn);
    m_summary->setText(tr("“%1” found in %Ln article(s)", nullptr, shown).arg(query));
}

void ArticlesPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.siblingAtColumn(0).data(ArticleIdRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, id] { Q_EMIT articleActivated(id); });
    menu.addSeparator();
    for (ArticleStatus s : Statuses) {
        QAction *action = menu.addAction(markAsText(s));
        action->setEnabled(!m_session.isReadOnly());
        connect(action, &QAction::triggered, this, [this, id, s] { Q_EMIT statusRequested(id, s); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Marginalia::Ui
