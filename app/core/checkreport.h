#pragma once
// The result of checking one file, as marginalia-cli prints it: one JSON
// object per line (--format json) or one line per finding (--format text).

#include "finding.h"

#include <QJsonObject>
#include <QString>

namespace Marginalia {

struct Article;

struct CheckReport {
    QString file;
    QString language;
    QString backend;
    QString dictionary;
    Findings findings;

    // True when a finding is at least minor: the CLI then exits with 1.
    bool hasProblems() const;

    QJsonObject toJson() const;
    // The same object as one line of compact UTF-8 JSON, written directly:
    // building QJsonObjects for 40,000 findings cost more than the check.
    QByteArray toJsonLine() const;
    // Human-readable lines: "file:line:column: severity [category] message".
    QString toText(const Article &article) const;
};

QJsonObject findingToJson(const Finding &finding);

} // namespace Marginalia
