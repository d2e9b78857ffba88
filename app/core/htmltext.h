#pragma once
// HTML -> plain text, done once at import. The converter refuses every
// resource request (images, style sheets, file: and http: URLs), so opening
// an article never touches the network or the local disk.

#include <QString>

namespace Marginalia::HtmlText {

struct Conversion {
    QString text;
    // How many resource loads the HTML asked for and was refused.
    int refusedResources = 0;
};

Conversion toPlainText(const QString &html);

} // namespace Marginalia::HtmlText
