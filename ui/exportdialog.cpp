#include "exportdialog.h"

#include "exchange/htmlreport.h"
#include "session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

constexpr int PreviewCharacters = 6000;
// What is read of the written file: enough for any one article's export.
constexpr qint64 PreviewBytes = 8 * 1024 * 1024;

QString documentOf(const StoredArticle &a)
{
    return a.documentId.isEmpty() ? QString::number(a.id) : a.documentId;
}

} // namespace

ExportDialog::ExportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export Annotations"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    for (const Exchange::FormatInfo &f : Exchange::formats())
        m_format->addItem(f.title, int(f.format));

    m_thisArticle = new QRadioButton(tr("&This article"), this);
    m_allArticles = new QRadioButton(tr("&All articles"), this);
    m_thisArticle->setEnabled(session.hasArticle());
    (session.hasArticle() ? m_thisArticle : m_allArticles)->setChecked(true);

    m_labels = new QListWidget(this);
    m_labels->setAccessibleName(tr("Labels to export"));
    for (const Label &l : session.labels()) {
        auto *item = new QListWidgetItem(l.name, m_labels);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_labels->setMaximumHeight(m_labels->sizeHintForRow(0) * 6 + 4);

    m_bom = new QCheckBox(tr("Start with a byte order &mark (for spreadsheets that need one)"), this);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setPlaceholderText(tr("Who publishes the reviews"));
    m_reviewUrl = new QLineEdit(this);
    m_reviewUrl->setAccessibleName(tr("Review page"));
    m_reviewUrl->setPlaceholderText(tr("https://… the page the reviews are on"));
    m_reviewBox = new QWidget(this);
    auto *reviewForm = new QFormLayout(m_reviewBox);
    reviewForm->setContentsMargins(0, 0, 0, 0);
    reviewForm->addRow(tr("&Reviewer:"), m_reviewer);
    reviewForm->addRow(tr("Re&view page:"), m_reviewUrl);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    m_print = buttons->addButton(tr("Print to &PDF…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    connect(m_print, &QPushButton::clicked, this, &ExportDialog::chooseAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_thisArticle);
    scope->addWidget(m_allArticles);
    scope->addStretch();
    form->addRow(tr("Articles:"), scope);
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_reviewBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (the start of what is written):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 640);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    for (QRadioButton *b : {m_thisArticle, m_allArticles})
        connect(b, &QRadioButton::toggled, m_delay, qOverload<>(&QTimer::start));
    connect(m_labels, &QListWidget::itemChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_bom, &QCheckBox::toggled, m_delay, qOverload<>(&QTimer::start));
    connect(m_reviewer, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_reviewUrl, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    formatChanged();
}

Exchange::Format ExportDialog::format() const
{
    return Exchange::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Exchange::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Exchange::ExportOptions ExportDialog::options() const
{
    Exchange::ExportOptions options;
    if (m_thisArticle->isChecked() && m_session.hasArticle())
        options.documents << documentOf(m_session.article());
    bool all = true;
    QStringList labels;
    for (int i = 0; i < m_labels->count(); ++i) {
        if (m_labels->item(i)->checkState() == Qt::Checked)
            labels << m_labels->item(i)->text();
        else
            all = false;
    }
    if (!all)
        options.labels = labels;
    options.byteOrderMark = m_bom->isChecked();
    options.reviewer = m_reviewer->text().trimmed();
    options.reviewUrl = m_reviewUrl->text().trimmed();
    return options;
}

bool ExportDialog::writesFolder() const
{
    // brat always; the corrected text when there are several articles.
    return Exchange::info(format()).extension.isEmpty()
        || (format() == Exchange::Format::Corrected && !m_thisArticle->isChecked());
}

void ExportDialog::formatChanged()
{
    m_bom->setVisible(format() == Exchange::Format::Csv);
    m_reviewBox->setVisible(format() == Exchange::Format::ClaimReview);
    m_print->setVisible(format() == Exchange::Format::Html);
    m_delay->start();
}

bool ExportDialog::anyLabel() const
{
    for (int i = 0; i < m_labels->count(); ++i) {
        if (m_labels->item(i)->checkState() == Qt::Checked)
            return true;
    }
    return false;
}

void ExportDialog::updatePreview()
{
    if (!anyLabel()) {
        m_preview->clear();
        m_summary->setText(tr("Choose at least one label to export."));
        return;
    }
    Exchange::ExportOptions options = this->options();
    // The preview is of one article: quick on a large corpus.
    if (options.documents.isEmpty()) {
        auto articles = m_session.store().articles();
        if (articles && !articles->isEmpty())
            options.documents << documentOf(articles->first());
    }
    const QString target = m_scratch.filePath(QStringLiteral("preview"));
    QDir(target).removeRecursively();
    QFile::remove(target);
    auto report = Exchange::exportProject(m_session.store(), format(), options, target);
    if (!report) {
        m_preview->clear();
        m_summary->setText(report.error());
        return;
    }
    QString file = target;
    if (QFileInfo(target).isDir()) {
        const QStringList files = QDir(target).entryList(QDir::Files, QDir::Name);
        file = files.isEmpty() ? QString() : QDir(target).filePath(files.first());
    }
    QFile written(file);
    QString text;
    bool indented = false;
    if (written.open(QIODevice::ReadOnly)) {
        // One article's worth. JSON-LD is written compact, on one line:
        // shown indented, as a reader wants to see it.
        const QByteArray bytes = written.read(PreviewBytes);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        indented = error.error == QJsonParseError::NoError && !json.isNull();
        text = QString::fromUtf8(indented ? json.toJson(QJsonDocument::Indented) : bytes).left(PreviewCharacters);
    }
    m_preview->setPlainText(text);
    QString summary = options.documents.isEmpty()
        ? tr("Preview: %Ln annotation(s).", nullptr, report->annotations)
        : tr("Preview of %1: %Ln annotation(s).", nullptr, report->annotations).arg(options.documents.constFirst());
    if (indented)
        summary += u' ' + tr("(Shown indented; the file is compact.)");
    if (!report->dropped.isEmpty())
        summary += u' '
            + tr("%Ln annotation(s) cannot be written in this format, e.g. %1", nullptr, int(report->dropped.size()))
                  .arg(report->dropped.first());
    m_summary->setText(summary);
}

bool ExportDialog::exportTo(const QString &path)
{
    if (!anyLabel()) {
        m_summary->setText(tr("Choose at least one label to export."));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = Exchange::exportProject(m_session.store(), format(), options(), path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_summary->setText(tr("Not exported: %1").arg(report.error()));
        return false;
    }
    const QString counts = QLocale().createSeparatedList(
        {tr("%Ln annotation(s)", nullptr, report->annotations), tr("%Ln article(s)", nullptr, int(report->articles))});
    QString summary = tr("Written to %1: %2.").arg(QDir::toNativeSeparators(path), counts);
    if (!report->dropped.isEmpty())
        summary += u' '
            + tr("%Ln annotation(s) could not be written in this format:", nullptr, int(report->dropped.size())) + u'\n'
            + report->dropped.mid(0, 8).join(u'\n');
    m_summary->setText(summary);
    return true;
}

bool ExportDialog::printPdf(const QString &path)
{
    auto snapshot = Exchange::ProjectSnapshot::read(m_session.store(), options());
    if (!snapshot) {
        m_summary->setText(tr("Not printed: %1").arg(snapshot.error()));
        return false;
    }
    QTextDocument document;
    document.setHtml(Exchange::HtmlReport::html(*snapshot, options()));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(windowTitle());
    document.print(&printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        m_summary->setText(tr("Not printed: %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_summary->setText(tr("Printed to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExportDialog::chooseAndExport()
{
    const Exchange::FormatInfo &f = Exchange::info(format());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stem = m_thisArticle->isChecked() && m_session.hasArticle() ? Exchange::fileStem(m_session.article())
                                                                              : QStringLiteral("annotations");
    QString path;
    if (writesFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), documents);
        if (!path.isEmpty())
            path = QDir(path).filePath(stem + u'-' + f.name);
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export Annotations"),
                                            QDir(documents).filePath(stem + u'.' + f.extension),
                                            QStringLiteral("%1 (*.%2)").arg(f.title, f.extension));
    }
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::chooseAndPrint()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print to PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/report.pdf"),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        printPdf(path);
}

} // namespace Marginalia::Ui
