#pragma once
// Writes the project's annotations as JSON Lines: one annotation per line
// with its document id, code-point span, quoted text and label. The file is
// replaced atomically, so a failed export never leaves half a file behind.

#include "result.h"

#include <QString>

namespace Marginalia {

class ProjectStore;

namespace JsonlExport {

// Returns the number of annotations written.
Result<qsizetype> write(ProjectStore &store, const QString &outputPath);

} // namespace JsonlExport

} // namespace Marginalia
