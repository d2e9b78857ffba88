#include "findingcard.h"

#include "findingstyle.h"

#include <QCursor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Marginalia::Ui {

namespace {

constexpr int CardWidth = 440;

QString severityName(Severity severity)
{
    switch (severity) {
    //: A finding's severity, after its category on the card: "Spelling · minor".
    case Severity::Info:
        return FindingCard::tr("note");
    //: A finding's severity, after its category on the card: "Spelling · minor".
    case Severity::Minor:
        return FindingCard::tr("minor");
    //: A finding's severity, after its category on the card: "Spelling · major".
    case Severity::Major:
        return FindingCard::tr("major");
    }
    return {};
}

bool isWordLike(const Finding &f)
{
    const bool category = f.category == FindingCategory::Spelling || f.category == FindingCategory::UnknownName
        || f.category == FindingCategory::NameInconsistency;
    return category && !f.text.contains(u' ');
}

} // namespace

FindingCard::FindingCard(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
    , m_layout(new QVBoxLayout(this))
    , m_leaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findingCard"));
    setAccessibleName(tr("Finding details"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->setSpacing(6);
    m_leaveTimer->setInterval(150);
    connect(m_leaveTimer, &QTimer::timeout, this, &FindingCard::hideWhenMouseLeaves);
}

void FindingCard::setFindings(const Findings &findings, bool suggestionsReady, const QStringList &notes)
{
    // The previous content goes at once: hidden now, deleted later (a
    // button of it may be the one being clicked).
    const QList<QWidget *> old = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *w : old) {
        w->hide();
        w->setParent(nullptr); // out of the focus chain and of findChild() now
        w->deleteLater();
    }
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item; // a row's layout or a widget's item; the widgets are handled above
    for (const Finding &f : findings) {
        const QColor colour = FindingStyle::colorOf(FindingStyle::familyOf(f));
        auto *heading = new QLabel(
            QStringLiteral("<span style='color:%1'>■</span> <b>%2</b> · %3")
                .arg(colour.name(), FindingStyle::categoryName(f.category).toHtmlEscaped(), severityName(f.severity)),
            this);
        m_layout->addWidget(heading);
        auto *message = new QLabel(f.message.toHtmlEscaped(), this);
        message->setWordWrap(true);
        message->setTextFormat(Qt::RichText);
        message->setFixedWidth(CardWidth);
        m_layout->addWidget(message);

        auto *actions = new QHBoxLayout;
        actions->setSpacing(4);
        for (const QString &s : f.suggestions.mid(0, 4)) {
            auto *copy = new QPushButton(tr("Copy “%1”").arg(s), this);
            copy->setToolTip(tr("Copy the suggestion; Marginalia never changes the article."));
            connect(copy, &QPushButton::clicked, this, [this, s] {
                Q_EMIT copyRequested(s);
                hide();
            });
            actions->addWidget(copy);
        }
        if (f.suggestions.isEmpty() && !suggestionsReady && f.category == FindingCategory::Spelling) {
            auto *waiting = new QLabel(QStringLiteral("<i>%1</i>").arg(tr("Looking for suggestions…")), this);
            actions->addWidget(waiting);
        }
        auto *accept = new QPushButton(tr("Accept as MT Error"), this);
        accept->setToolTip(tr("Record it as a translation error (%1) in the project.").arg(mqmCategory(f.category)));
        connect(accept, &QPushButton::clicked, this, [this, f] {
            Q_EMIT acceptRequested(f);
            hide();
        });
        actions->addWidget(accept);
        auto *ignore = new QPushButton(tr("Ignore"), this);
        ignore->setToolTip(tr("Do not show this finding again in this article."));
        connect(ignore, &QPushButton::clicked, this, [this, f] {
            Q_EMIT ignoreRequested(f);
            hide();
        });
        actions->addWidget(ignore);
        if (isWordLike(f)) {
            auto *add = new QPushButton(tr("Add to Dictionary"), this);
            add->setToolTip(tr("Accept “%1” in every article of this project.").arg(f.text));
            connect(add, &QPushButton::clicked, this, [this, word = f.text] {
                Q_EMIT addWordRequested(word);
                hide();
            });
            actions->addWidget(add);
        }
        actions->addStretch();
        m_layout->addLayout(actions);
    }
    for (const QString &note : notes) {
        auto *label = new QLabel(note, this);
        label->setWordWrap(true);
        label->setFixedWidth(CardWidth);
        m_layout->addWidget(label);
    }
    adjustSize();
}

void FindingCard::showForHover(const QRect &anchor)
{
    if (!(windowFlags() & Qt::ToolTip) || (windowFlags() & Qt::Popup) == Qt::Popup) {
        hide();
        setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    }
    m_anchor = anchor;
    placeBelow(anchor);
    show();
    m_leaveTimer->start();
}

void FindingCard::showForKeyboard(const QRect &anchor)
{
    m_leaveTimer->stop();
    hide();
    setWindowFlags(Qt::Popup | Qt::FramelessWindowHint);
    m_anchor = anchor;
    placeBelow(anchor);
    show();
    activateWindow();
    if (auto *first = findChild<QPushButton *>())
        first->setFocus(Qt::PopupFocusReason);
}

QStringList FindingCard::actionTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_layout->count(); ++i) {
        QLayout *row = m_layout->itemAt(i)->layout();
        for (int j = 0; row && j < row->count(); ++j) {
            if (auto *button = qobject_cast<QPushButton *>(row->itemAt(j)->widget()))
                texts << button->text();
        }
    }
    return texts;
}

void FindingCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    // Enter presses the focused button, as in a dialog.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget())) {
            button->click();
            return;
        }
    }
    QFrame::keyPressEvent(event);
}

void FindingCard::placeBelow(const QRect &anchor)
{
    adjustSize();
    QPoint at = anchor.bottomLeft() + QPoint(0, 4);
    if (const QScreen *screen = QGuiApplication::screenAt(anchor.center())) {
        const QRect area = screen->availableGeometry();
        if (at.y() + height() > area.bottom())
            at.setY(anchor.top() - height() - 4); // above when there is no room below
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - width())));
    }
    move(at);
}

void FindingCard::hideWhenMouseLeaves()
{
    const QPoint mouse = QCursor::pos();
    if (geometry().adjusted(-6, -6, 6, 6).contains(mouse) || m_anchor.adjusted(-6, -6, 6, 6).contains(mouse))
        return;
    m_leaveTimer->stop();
    hide();
}

} // namespace Marginalia::Ui
