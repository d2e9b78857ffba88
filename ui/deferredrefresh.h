#pragma once
// Skips a panel's refreshes while nobody can see it (nor builds its rows
// before the window is first shown): on a 10,000-annotation
// article each tag would otherwise rebuild every panel, the ones tabbed away
// included, before the article could show it. A panel on screen refreshes at
// once; one that is hidden or behind another tab of its dock remembers that
// it is stale and refreshes when it comes into view, or when someone needs
// its rows (flush()).
//
// Qt keeps a tabbed-away dock "visible" but moves it out of the window, so
// what counts is the visible region, and the dock's visibilityChanged()
// says when its tab is chosen.

#include <QDockWidget>
#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Marginalia::Ui {

class DeferredRefresh final : public QObject
{
public:
    DeferredRefresh(QWidget *panel, std::function<void()> refresh)
        : QObject(panel)
        , m_panel(panel)
        , m_refresh(std::move(refresh))
    {
        panel->installEventFilter(this);
    }

    void request()
    {
        m_stale = true;
        watchDock();
        if (onScreen())
            flush();
    }
    void flush()
    {
        if (!m_stale)
            return;
        m_stale = false;
        m_refresh();
    }
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_panel)
            return false;
        if (event->type() == QEvent::ParentChange || event->type() == QEvent::Show)
            watchDock(); // put in a dock after it was made
        if (event->type() == QEvent::Show)
            flushWhenLaidOut();
        return false;
    }

private:
    bool onScreen() const { return m_panel->isVisible() && !m_panel->visibleRegion().isEmpty(); }
    // A panel being shown has its final place only after the layout ran.
    void flushWhenLaidOut()
    {
        QTimer::singleShot(0, this, [this] {
            if (onScreen())
                flush();
        });
    }
    void watchDock()
    {
        if (m_dock)
            return;
        for (QWidget *w = m_panel->parentWidget(); w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                m_dock = dock;
                connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                    if (visible)
                        flushWhenLaidOut();
                });
                return;
            }
        }
    }

    QWidget *m_panel;
    QPointer<QDockWidget> m_dock;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace Marginalia::Ui
