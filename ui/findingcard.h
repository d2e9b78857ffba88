#pragma once
// The card that explains the findings under the mouse or the caret: the
// category, the message, the suggestions and what the user can do about it
// (copy a suggestion, accept it as an MT error, ignore it in this article,
// add the word to the project dictionary). It only shows and forwards: the window decides
// what an action does.
//
// On hover it behaves like a tooltip that can be clicked: it stays while the
// mouse is over the finding or over the card. Opened from the keyboard
// (Check ▸ Explain Finding at Caret) it takes the focus, Tab moves between
// its buttons and Escape closes it.

#include "finding.h"

#include <QFrame>
#include <QRect>

class QTimer;
class QVBoxLayout;

namespace Marginalia::Ui {

class FindingCard final : public QFrame
{
    Q_OBJECT

public:
    explicit FindingCard(QWidget *parent = nullptr);

    // Fills the card. `notes` are extra lines (the tags at that place).
    void setFindings(const Findings &findings, bool suggestionsReady, const QStringList &notes = {});

    // Shows the card below `anchor` (global coordinates of the text under
    // the mouse); it hides itself when the mouse leaves both.
    void showForHover(const QRect &anchor);
    // Shows the card below `anchor` with the keyboard focus on its first
    // button.
    void showForKeyboard(const QRect &anchor);

    // The texts of the card's buttons, in order (for tests and tools).
    QStringList actionTexts() const;

Q_SIGNALS:
    void copyRequested(const QString &text);
    void ignoreRequested(const Marginalia::Finding &finding);
    void acceptRequested(const Marginalia::Finding &finding);
    void addWordRequested(const QString &word);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placeBelow(const QRect &anchor);
    void hideWhenMouseLeaves();

    QVBoxLayout *m_layout = nullptr;
    QTimer *m_leaveTimer = nullptr;
    QRect m_anchor;
};

} // namespace Marginalia::Ui
