#pragma once
// The Claims panel: the current article's claims in a table (the claim,
// who makes it, the verdict, the kind, how many evidence links), filtered by
// verdict. A click, Enter or the arrow keys select the claim's text in the
// article; F2, a double-click or Edit… open the claim editor; a click on the
// verdict of the selected row edits it in place. The panel only observes
// the Session: every change goes through the Annotator, so it is undoable,
// and the table follows Session::annotationsChanged and
// Annotator::entitiesChanged.

#include "annotation.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class ClaimEditor;

// The rows of the panel's table; it observes, it never writes: an edit of
// the verdict column is handed on as verdictEdited().
class DeferredRefresh;

class ClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, ClaimantColumn, VerdictColumn, KindColumn, EvidenceColumn, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        StartRole, // code points
        EndRole,
        VerdictRole, // verdictId(), whatever the column
        SortRole, // reading order, verdict order, counts
    };
    struct Row {
        Annotation annotation; // with its claim set
        QString claimant; // the name shown, empty for none
    };

    explicit ClaimsModel(QObject *parent = nullptr);

    // Same claims in the same order: the cells change in place (selection
    // and editors stay); otherwise the model is reset.
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(qint64 annotationId) const;
    // The verdict icons are drawn in the palette's text colour.
    void setInk(const QColor &ink);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Only the verdict column, with a verdictId(); reported, not applied.
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void verdictEdited(qint64 annotationId, Marginalia::Verdict verdict);

private:
    QVariant cellData(const Row &row, int column, int role) const;

    QList<Row> m_rows;
    QColor m_ink;
};

class ClaimsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPanel(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ClaimsModel *model() const;
    // What the view shows: the model filtered by verdict and sorted.
    QSortFilterProxyModel *filteredModel() const { return m_filter; }

    // Shows only claims with this verdict; nothing shows every claim.
    void setVerdictFilter(std::optional<Verdict> verdict);
    // The claim the caret is in (the shortest one covering `position`,
    // code points), or 0: what Edit Claim at Caret opens.
    qint64 claimAt(qint64 position) const;
    // The claim of the current row, or 0.
    qint64 currentClaim() const;

public Q_SLOTS:
    // Opens the claim editor (window-modal, deleted when closed) for one of
    // the article's claims and returns it; nullptr, with errorOccurred(),
    // when there is no such claim.
    ClaimEditor *editClaim(qint64 annotationId);
    void editCurrentClaim();
    // Sets a claim's verdict through the Annotator (one undoable step); a
    // first verdict dates the review today.
    void setVerdict(qint64 annotationId, Marginalia::Verdict verdict);
    // Reads the claims again; called on every change the panel observes.
    void refresh();

Q_SIGNALS:
    // The user went to a claim: the window selects [start, end) (code points).
    void claimActivated(qint64 start, qint64 end);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpView();
    void fitColumns();
    // The verdict icons in the palette's text colour.
    void showInk();
    void report(const QModelIndex &index);
    void showSummary();

    Session &m_session;
    ClaimsModel *m_model = nullptr;
    DeferredRefresh *m_refresh = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_verdictFilter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_summary = nullptr;
    bool m_restoring = false; // putting the current row back is not the user going there
};

} // namespace Marginalia::Ui
