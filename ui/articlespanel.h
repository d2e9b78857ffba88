#pragma once
// The corpus navigator: every article of the project with its language,
// status and annotation counts; a search through the whole corpus (texts,
// quotes, entity names, notes) that narrows the list to the articles that
// match; the status of the current row set from a combo box or the context
// menu. It reads the store and asks the window to act.

#include "annotation.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItem;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class DeferredRefresh;

class ArticlesPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DocumentColumn,
        TitleColumn,
        LanguageColumn,
        StatusColumn,
        AnnotationsColumn,
        IssuesColumn, // open findings when last checked
        HitsColumn
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit ArticlesPanel(Session &session, QWidget *parent = nullptr);

    // Reads the articles again (after an import).
    void refresh();
    // Reads one article's line again (after a tag or a status change).
    void refreshArticle(qint64 articleId);
    // Runs the corpus search now (it also runs shortly after typing stops).
    void search();

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }

    static QString statusName(ArticleStatus status);
    static QString markAsText(ArticleStatus status);

Q_SIGNALS:
    void articleActivated(qint64 articleId);
    void statusRequested(qint64 articleId, ArticleStatus status);
    void errorOccurred(const QString &message);

private:
    void refreshStaleArticles();
    void readArticle(qint64 articleId);
    qint64 currentArticle() const;
    QList<QStandardItem *> makeRow(const ArticleSummary &a, qint64 shown) const;
    void showCurrentStatus();
    void updateSummary();
    void showContextMenu(const QPoint &pos);

    Session &m_session;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_searchDelay = nullptr;
    DeferredRefresh *m_refresh = nullptr;
    QSet<qint64> m_staleArticles;
};

} // namespace Marginalia::Ui
