#pragma once
// MQM TSV as Google's WMT MQM releases write it: one row per error,
//
//   system  doc  doc_id  seg_id  rater  source  target  category  severity
//
// the error's span marked <v>…</v> in the target, and a "No-error" row for
// each segment a rater read without marking anything. doc_id is the
// segment's number in its document, seg_id its number in the whole set.
// Fields are tab-separated and never quoted: a tab or line break inside a
// field is written as a space.
//
// Segments: an article imported from MQM TSV keeps its segments (a title
// line "doc · system", then one line per segment, their ids and sources in
// the article's metadata under "mqm"); any
// other article is segmented into sentences. The system is the metadata's
// "mqm.system", else "MT"; the rater an annotation's author, else
// "marginalia". An error crossing a segment boundary is marked in the
// segment where it starts, up to its end, and listed as clipped.
//
// Beside the TSV, <name>.scores.tsv holds each article's score with the WMT
// 2021 weights (Minor 1, Major 5, minor Fluency/Punctuation 0.1,
// Non-translation 25): words, errors, penalty, penalty per 1,000 words and
// the MQM raw quality score.
//
// Import reads files with a header naming the columns: the WMT layout above
// (target marked with <v>…</v>), or the layout with error_span, span_start,
// span_end, target_marked and target_plain. Rows are grouped into one
// article per (system, doc), segments in seg_id order, one line each;
// (after the title line) errors become MT error annotations (label "MT error", created if the
// project has none), the rater their author.

#include "exchange.h"
#include "importbatch.h"

namespace Marginalia::Exchange::MqmTsv {

const QStringList &columns();
Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path);
// Reads the files into a batch; rows that cannot be read are problems
// ("file:line: why").
ImportBatch read(const QStringList &paths);

} // namespace Marginalia::Exchange::MqmTsv
