#pragma once
// The project file's schema as ordered migration steps. Step N takes a file
// from user_version N-1 to N; a new file runs every step. Steps are only ever
// appended, never edited: old files in users' hands depend on them.

namespace Marginalia::ProjectSchema {

// The schema version this build writes (the number of steps).
int version();
// The SQL of the step that takes a file to `version`, or nullptr.
const char *migrationTo(int version);
// The SQL run once on a project created from scratch, after the last step:
// defaults that changed since the steps were written, which an upgraded
// project keeps as they were (see ProjectStore::open).
const char *newProjectDefaults();

} // namespace Marginalia::ProjectSchema
