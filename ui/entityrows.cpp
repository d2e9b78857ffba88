// EntityRows: the items of the Entities panel's model, each with the roles its filter and view state read.
#include "entityrows.h"

#include <QFont>
#include <QStandardItem>

namespace Marginalia::Ui::EntityRows {

namespace {

// Characters of context shown on each side of a mention.
constexpr int ContextShown = 28;

// The mention in its sentence, cut at a few words on each side. The cuts
// never split a surrogate pair (an emoji in the context).
QString contextOf(const Annotation &a)
{
    QString before = a.prefix.right(ContextShown);
    if (!before.isEmpty() && before.front().isLowSurrogate())
        before.remove(0, 1);
    QString after = a.suffix.left(ContextShown);
    if (!after.isEmpty() && after.back().isHighSurrogate())
        after.chop(1);
    const QString ellipsis = QStringLiteral("…");
    const QString text = (before.size() < a.prefix.size() ? ellipsis : QString()) + before + a.quote + after
        + (after.size() < a.suffix.size() ? ellipsis : QString());
    return text.simplified();
}

} // namespace

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.siblingAtColumn(EntitiesPanel::NameColumn).data(EntitiesPanel::KindRole).toInt());
}

QString entityKey(qint64 id)
{
    return QLatin1Char('e') + QString::number(id);
}

QString mentionKey(qint64 id)
{
    return QLatin1Char('m') + QString::number(id);
}

// Case and accents do not matter when filtering: "zelensky" finds "Zélensky".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

QStandardItem *item(const QString &text, const QVariant &sortValue)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sortValue, SortRole);
    return i;
}

QList<QStandardItem *> entityRow(const Entity &e, const Label *label, int here, int total)
{
    auto *name = item(e.name, fold(e.name));
    name->setData(int(Kind::Entity), EntitiesPanel::KindRole);
    name->setData(e.id, EntitiesPanel::IdRole);
    name->setData(entityKey(e.id), KeyRole);
    name->setData(fold((QStringList{e.name} + e.aliases).join(QLatin1Char('\n'))), SearchRole);
    QStringList tip{e.name};
    if (!e.aliases.isEmpty())
        tip << EntitiesPanel::tr("Also called: %1").arg(e.aliases.join(QStringLiteral(", ")));
    if (!e.url.isEmpty())
        tip << e.url;
    name->setToolTip(tip.join(QLatin1Char('\n')));

    auto *type = item(label ? label->name : EntitiesPanel::tr("(unknown type)"), fold(label ? label->name : QString()));
    if (label)
        type->setData(label->color, Qt::DecorationRole); // the swatch: the label's own colour

    auto *count =
        item(here == total ? QString::number(here) : EntitiesPanel::tr("%1 of %2").arg(here).arg(total), here);
    count->setData(total, TotalRole);
    count->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    count->setToolTip(EntitiesPanel::tr("%Ln mention(s) in this article", nullptr, here) + QLatin1Char('\n')
                      + EntitiesPanel::tr("%Ln mention(s) in the project", nullptr, total));

    // Q42 before Q100: by number.
    auto *wikidata = item(e.wikidata, e.wikidata.mid(1).toLongLong());
    if (!e.wikidata.isEmpty())
        wikidata->setToolTip(QStringLiteral("https://www.wikidata.org/wiki/") + e.wikidata);
    return {name, type, count, wikidata};
}

QStandardItem *mentionItem(const Annotation &a, Kind kind, const Label *label)
{
    const QString context = contextOf(a);
    auto *mention = item(EntitiesPanel::tr("%1 — %2").arg(a.quote.simplified(), context), a.start);
    mention->setData(int(kind), EntitiesPanel::KindRole);
    mention->setData(a.id, EntitiesPanel::IdRole);
    mention->setData(a.start, EntitiesPanel::StartRole);
    mention->setData(a.end, EntitiesPanel::EndRole);
    mention->setData(mentionKey(a.id), KeyRole);
    mention->setData(fold(a.quote), SearchRole);
    QStringList tip{QString(a.prefix + a.quote + a.suffix).simplified()};
    if (kind == Kind::UnlinkedMention && label) {
        mention->setData(label->color, Qt::DecorationRole);
        tip << EntitiesPanel::tr("Tagged as %1, not linked to an entity").arg(label->name);
    }
    if (a.orphan) {
        QFont italic;
        italic.setItalic(true);
        mention->setFont(italic);
        tip << EntitiesPanel::tr("Its text was not found when the article changed.");
    }
    mention->setToolTip(tip.join(QLatin1Char('\n')));
    return mention;
}

} // namespace Marginalia::Ui::EntityRows
