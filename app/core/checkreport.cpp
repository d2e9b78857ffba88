#include "checkreport.h"

#include "article.h"
#include "textoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
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

QString CheckReport::toText(const Article &article) const
{
    QString out;
    QTextStream stream(&out);
    stream << "# " << file << ": " << language << ", " << backend << ", " << dictionary << ", "
           << QCoreApplication::translate("CheckReport", "%n finding(s)", nullptr, int(findings.size())) << '\n';
    const TextOffsets offsets(article.text);
    for (const Finding &finding : findings) {
        const qsizetype at = offsets.toUtf16(finding.start);
        const qsizetype lineStart = at == 0 ? 0 : article.text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
        const qsizetype line = article.text.left(at).count(QLatin1Char('\n')) + 1;
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
