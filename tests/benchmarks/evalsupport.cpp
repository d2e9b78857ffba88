#include "evalsupport.h"

#include "checker.h"
#include "textoffsets.h"
#include "tokenizer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace Marginalia::Eval {

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("MARGINALIA_SHARED_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(MARGINALIA_SHARED_DIR) : fromEnv);
}

QString evalDir()
{
    const QString fromEnv = qEnvironmentVariable("MARGINALIA_EVAL_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? sharedDir() + QStringLiteral("/eval") : fromEnv);
}

bool overlaps(Span a, Span b)
{
    if (a.start == a.end || b.start == b.end)
        return a.start <= b.end && b.start <= a.end;
    return a.start < b.end && b.start < a.end;
}

bool overlapsAny(Span a, const QList<Span> &spans)
{
    return std::any_of(spans.cbegin(), spans.cend(), [a](Span b) { return overlaps(a, b); });
}

bool isFlag(const Finding &finding)
{
    return finding.severity != Severity::Info;
}

Findings flagsFor(const Checker &checker, const QString &text)
{
    Findings flags = checker.check(text, TextOffsets::codePointLength(text));
    flags.removeIf([](const Finding &f) { return !isFlag(f); });
    return flags;
}

void Ratio::add(bool hit)
{
    ++total;
    if (hit)
        ++hits;
}

Ratio &Ratio::operator+=(const Ratio &other)
{
    hits += other.hits;
    total += other.total;
    return *this;
}

double Ratio::percent() const
{
    return total == 0 ? 0.0 : 100.0 * hits / total;
}

QString Ratio::toString() const
{
    if (total == 0)
        return QStringLiteral("–");
    return QStringLiteral("%1% (%2/%3)").arg(QString::number(percent(), 'f', 1)).arg(hits).arg(total);
}

QString Target::toString() const
{
    switch (kind) {
    case None:
        return QStringLiteral("–");
    case AtLeast:
        return QStringLiteral("≥ %1%").arg(percent);
    case AtMost:
        return QStringLiteral("≤ %1%").arg(percent);
    }
    return {};
}

QString Target::verdict(const Ratio &ratio) const
{
    if (kind == None || ratio.total == 0)
        return QStringLiteral("–");
    const bool met = kind == AtLeast ? ratio.percent() >= percent : ratio.percent() <= percent;
    return met ? QStringLiteral("met") : QStringLiteral("**missed**");
}

void CategoryCounts::add(const Finding &finding)
{
    auto &counts = isFlag(finding) ? flags : info;
    ++counts[categoryId(finding.category)];
}

void CategoryCounts::addAll(const Findings &findings)
{
    for (const Finding &f : findings)
        add(f);
}

int CategoryCounts::totalFlags() const
{
    int total = 0;
    for (int n : flags)
        total += n;
    return total;
}

Result<std::unique_ptr<PlainHunspell>> PlainHunspell::create(const QString &language)
{
    auto backend = SpellBackends::create(language);
    if (!backend)
        return makeError(backend.error());
    return std::make_unique<PlainHunspell>(std::move(*backend));
}

PlainHunspell::PlainHunspell(std::unique_ptr<SpellBackend> backend)
    : m_backend(std::move(backend))
{
}

bool PlainHunspell::accepts(const QString &word)
{
    // The cache only saves time: the backend answers the same every time.
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return *cached;
    return *m_cache.insert(word, m_backend->isCorrect(word));
}

QList<Span> PlainHunspell::flags(const QString &text)
{
    const TextOffsets offsets(text);
    QList<Span> spans;
    for (const Token &token : Tokenizer::words(text)) {
        const QString word = text.mid(token.start, token.end - token.start);
        const char32_t first = QStringView(word).toUcs4().value(0);
        if (!QChar::isLetter(first) || accepts(word))
            continue;
        spans.append({offsets.toCodePoint(token.start), offsets.toCodePoint(token.end)});
    }
    return spans;
}

QString Engines::describe() const
{
    return QStringLiteral("%1 (%2)").arg(checker->backend().language(), checker->backend().dictionary());
}

Result<Engines> enginesFor(const QString &language)
{
    auto checker = Checker::create(language);
    if (!checker)
        return makeError(checker.error());
    auto plain = PlainHunspell::create(language);
    if (!plain)
        return makeError(plain.error());
    return Engines{std::move(*checker), std::move(*plain)};
}

Result<QList<int>> TsvTable::columns(const QStringList &names) const
{
    QList<int> indexes;
    QStringList missing;
    for (const QString &name : names) {
        indexes.append(int(header.indexOf(name)));
        if (indexes.constLast() < 0)
            missing.append(name);
    }
    if (!missing.isEmpty())
        return makeError(QStringLiteral("missing column(s) %1; header is %2")
                             .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    return indexes;
}

Result<TsvTable> readTsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return makeError(QStringLiteral("%1 is empty").arg(path));
    TsvTable table;
    table.header = lines.takeFirst().split(u'\t');
    for (const QString &line : std::as_const(lines)) {
        QStringList fields = line.split(u'\t');
        // Short rows are padded so a column lookup never runs off the end.
        while (fields.size() < table.header.size())
            fields.append(QString());
        table.rows.append(std::move(fields));
    }
    return table;
}

MarkdownTable::MarkdownTable(QStringList header)
    : m_header(std::move(header))
{
}

void MarkdownTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void MarkdownTable::print() const
{
    QTextStream out(stdout);
    out << "\n| " << m_header.join(QStringLiteral(" | ")) << " |\n|";
    for (qsizetype i = 0; i < m_header.size(); ++i)
        out << "---|";
    out << '\n';
    for (const QStringList &row : m_rows)
        out << "| " << row.join(QStringLiteral(" | ")) << " |\n";
}

QString cell(const QString &text)
{
    QString visible = text;
    visible.replace(u'|', QStringLiteral("\\|"));
    visible.replace(u'\n', QStringLiteral("⏎"));
    visible.replace(u'\t', QStringLiteral("⇥"));
    visible.replace(QChar(0x00A0), QStringLiteral("⍽"));
    visible.replace(QChar(0x202F), QStringLiteral("⍽ₙ"));
    return visible;
}

void printHeading(const QString &title)
{
    QTextStream(stdout) << "\n## " << title << '\n';
}

void printNote(const QString &text)
{
    QTextStream(stdout) << '\n' << text << '\n';
}

void printSkipped(const QString &why)
{
    QTextStream(stdout) << "\n**Skipped:** " << why << '\n';
}

void printCategoryMatrix(const QString &title, const QList<std::pair<QString, CategoryCounts>> &sets)
{
    QSet<QString> seen;
    for (const auto &set : sets) {
        for (const QString &c : set.second.flags.keys() + set.second.info.keys())
            seen.insert(c);
    }
    QStringList categories = seen.values();
    categories.sort();
    QStringList header{title};
    for (const auto &set : sets)
        header.append(set.first);
    MarkdownTable table(header);
    for (const QString &category : std::as_const(categories)) {
        QStringList row{category};
        for (const auto &set : sets) {
            const int info = set.second.info.value(category);
            QString value = QString::number(set.second.flags.value(category));
            row.append(info == 0 ? value : value + QStringLiteral(" (+%1 info)").arg(info));
        }
        table.addRow(row);
    }
    if (categories.isEmpty())
        table.addRow(QStringList(header.size(), QStringLiteral("–")));
    table.print();
}

} // namespace Marginalia::Eval
