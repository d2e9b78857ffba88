#pragma once
// File ▸ Export: choose a format, which articles and labels, the format's
// options; a preview shows the first part of what the real exporter writes
// for the first chosen article (written to a temporary folder and read
// back, so the preview is the file); Export asks where. An HTML report can
// also be printed to PDF.

#include "exchange/exchange.h"

#include <QDialog>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Session &session, QWidget *parent = nullptr);

    Exchange::Format format() const;
    void setFormat(Exchange::Format format);
    // What the dialog would export now.
    Exchange::ExportOptions options() const;
    QPlainTextEdit *preview() const { return m_preview; }
    QListWidget *labels() const { return m_labels; }
    QLabel *summary() const { return m_summary; }

    // Writes to `path` (a file, or a folder for folder formats); reports in
    // the summary line and returns whether it worked. The Export button
    // asks for the path and calls this.
    bool exportTo(const QString &path);
    // Prints the HTML report to a PDF file.
    bool printPdf(const QString &path);

public Q_SLOTS:
    void updatePreview();

private:
    void chooseAndExport();
    void chooseAndPrint();
    void formatChanged();
    bool writesFolder() const;
    bool anyLabel() const;

    Session &m_session;
    QComboBox *m_format = nullptr;
    QRadioButton *m_thisArticle = nullptr;
    QRadioButton *m_allArticles = nullptr;
    QListWidget *m_labels = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_reviewUrl = nullptr;
    QWidget *m_reviewBox = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_delay = nullptr;
    QTemporaryDir m_scratch;
};

} // namespace Marginalia::Ui
