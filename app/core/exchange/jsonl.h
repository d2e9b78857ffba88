#pragma once
// JSON Lines, lossless: everything a project holds about its articles, one
// JSON object per line, each with a "type":
//
//   {"type":"marginalia","format":"jsonl","version":1}          first line
//   {"type":"label","id":…,"name":…,"kind":…,"color":…,"hotkey":…,"style":…}
//   {"type":"entity","id":…,"name":…,"label":<label id>,"aliases":[…],…}
//   {"type":"article","id":…,"document":…,"sha256":…,"text":…,"status":…,"metadata":{…},…}
//   {"type":"annotation","id":…,"article":<id>,"document":…,"label":<name>,"label_id":…,
//    "start":…,"end":…,"text":<quote>,"prefix":…,"suffix":…,"entity":<id>,
//    "claim":{…},"mt_error":{…},"orphan":…,"author":…,"created":…,"modified":…}
//   {"type":"note","id":…,"article":…,"annotation":…,"text":…,…}
//   {"type":"relation","id":…,"kind":…,"source":…,"target":…,"created":…}
//
// Offsets are code points of the article's text, which is in the file: an
// import needs nothing else. Into a project without articles, an import
// restores the project exactly (ids, times, label schema); into one with
// articles, it adds what the file has (articles matched by their text,
// labels by name) and keeps the file's times.

#include "exchange.h"
#include "importbatch.h"

namespace Marginalia::Exchange::Jsonl {

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path);

// Reads the files as an import into a project with articles would (what
// can be read, and the problems), without writing anything.
ImportBatch read(const QStringList &paths);

// Reads the files and writes them into the project in one transaction.
// Lines that cannot be read are problems ("file:line: why"): with any, and
// `partial` false, nothing is written; with `partial`, what can be read is
// added as into a project with articles, even into an empty one.
Result<ImportReport> import(ProjectStore &store, const QStringList &paths, bool partial = false);

} // namespace Marginalia::Exchange::Jsonl
