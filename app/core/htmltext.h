#pragma once
// HTML -> plain text, done once at import. The converter refuses every
// resource request (images, style sheets, file: and http: URLs), so opening
// an article never touches the network or the local disk.

#include <QString>

namespace Marginalia::HtmlText {

// Elements nested deeper than this are read as if their tags were not there.
// QTextDocument's HTML parser takes time in the square of the nesting depth
// (100,000 nested <div> would take minutes) and recurses over nested tables.
inline constexpr int MaxNesting = 256;

struct Conversion {
    QString text;
    // How many resource loads the HTML asked for and was refused.
    int refusedResources = 0;
    // How many tags lay deeper than MaxNesting and were ignored.
    int flattenedTags = 0;
};

Conversion toPlainText(const QString &html);

} // namespace Marginalia::HtmlText
