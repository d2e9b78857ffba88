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

namespace {

// A JSON string (RFC 8259 §7): quotes, backslashes and control characters
// escaped, everything else as UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    qsizetype plain = 0; // start of the run not yet copied
    auto flush = [&](qsizetype end) { out += text.mid(plain, end - plain).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plain = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\r':
            out += "\\r";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 0xF];
        }
    }
    flush(text.size());
    out += '"';
}

void appendFinding(QByteArray &out, const Finding &f)
{
    out += R"({"category":)";
    appendJsonString(out, categoryId(f.category));
    out += R"(,"end":)";
    out += QByteArray::number(qint64(f.end));
    out += R"(,"message":)";
    appendJsonString(out, f.message);
    out += R"(,"rule":)";
    appendJsonString(out, f.rule);
    out += R"(,"severity":)";
    appendJsonString(out, severityId(f.severity));
    out += R"(,"start":)";
    out += QByteArray::number(qint64(f.start));
    out += R"(,"suggestions":[)";
    for (qsizetype i = 0; i < f.suggestions.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, f.suggestions.at(i));
    }
    out += R"(],"text":)";
    appendJsonString(out, f.text);
    out += '}';
}

} // namespace

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
        appendFinding(line, findings.at(i));
    }
    line += "]}\n";
    return line;
}

QString CheckReport::toText(const Article &article) const
{
    QString out;
    QTextStream stream(&out);
    stream << "# " << file << ": " << language << ", " << backend << ", " << dictionary << ", "
           << QCoreApplication::translate("CheckReport", "%Ln finding(s)", nullptr, int(findings.size())) << '\n';
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
