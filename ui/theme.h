#pragma once
// The application's look: the platform's own style and palette (which
// follows the desktop's light/dark switch), or Fusion with Marginalia's light
// or dark palette. Applied at startup and again whenever the preference
// changes; every window repaints by itself.

#include "preferences.h"

#include <QPalette>

namespace Marginalia::Ui::Theme {

// Complete palettes (every role, the Disabled group too) whose text, links,
// placeholder and selection reach WCAG AA contrast on their backgrounds, and
// on whose Base the finding colours and label tints stay apart.
QPalette lightPalette();
QPalette darkPalette();

// Needs a QApplication. The platform's style and tooltip palette are noted
// on the first call, so that System can bring them back later: make that
// call before anything else changes the style.
void apply(Preferences::Theme theme);

} // namespace Marginalia::Ui::Theme
