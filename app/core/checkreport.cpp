#include "checkreport.h"

#include "article.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Marginalia {

bool CheckReport::hasProblems() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity != Severity::Info; });
}

QJsonObject findingToJson(const Finding &finding)
{
    return QJsonObject{
        {QStringLiteral("start"), qint64(finding.start)},
        {QStringLiteral("end"), qint64(finding.end)},
        {QStringLiteral("text"), finding.text},
        {QStringLiteral("category"), categoryId(finding.category)},
        {QStringLiteral("severity"), severityId(finding.severity)},
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("message"), finding.message},
        {QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions)},
    };
}

QJsonObject CheckReport::toJson() const
{
    QJsonArray list;
    for (const Finding &finding : findings)
        list.append(findingToJson(finding));
    return QJsonObject{
        {QStringLiteral("file"), file},       {QStringLiteral("language"), language},
        {QStringLiteral("backend"), backend}, {QStringLiteral("dictionary"), dictionary},
        {QStringLiteral("findings"), list},
    };
}

QByteArray CheckReport::toJsonLine() const
{
    QJsonObject head{
        {QStringLiteral("file"), file},
        {QStringLiteral("language"), language},
        {QStringLiteral("backend"), backend},
        {QStringLiteral("dictionary"), dictionary},
    };
    QByteArray line = QJsonDocument(head).toJson(QJsonDocument::Compact);
    line.chop(1); // the closing brace: the findings follow
    line += R"(,"findings":[)";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (i > 0)
            line += ',';
        line += QJsonDocument(findingToJson(findings.at(i))).toJson(QJsonDocument::Compact);
    }
    line += "]}\n";
    return line;
}

QString CheckReport::toText(const Article &article) const
{
    QString out;
    QTextStream stream(&out);
    stream << "# " << file << ": " << language << ", " << backend << ", " << dictionary << ", "
           << QCoreApplication::translate("CheckReport", "%n finding(s)", nullptr, int(findings.size())) << '\n';
    const TextOffsets offsets(article.text);
    // Findings come in text order: count the line breaks once, walking on.
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype counted = 0; // line breaks before this UTF-16 index are in `line`
    for (const Finding &finding : findings) {
        const qsizetype at = offsets.toUtf16(finding.start);
        if (at < counted) { // out of order: count again from the top
            line = 1;
            lineStart = 0;
            counted = 0;
        }
        const QStringView passed = QStringView(article.text).mid(counted, at - counted);
        if (const qsizetype breaks = passed.count(QLatin1Char('\n')); breaks > 0) {
            line += breaks;
            lineStart = counted + passed.lastIndexOf(QLatin1Char('\n')) + 1;
        }
        counted = at;
        const qsizetype column = finding.start - offsets.toCodePoint(lineStart) + 1;
        stream << file << ':' << line << ':' << column << ": " << severityId(finding.severity) << " ["
               << categoryId(finding.category) << "] " << finding.message;
        if (!finding.suggestions.isEmpty())
            stream << " → " << finding.suggestions.join(QStringLiteral(" | "));
        stream << '\n';
    }
    return out;
}

} // namespace Marginalia
