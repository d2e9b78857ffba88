#pragma once
// The names the W3C Web Annotation export writes and its import reads, kept
// in one place so that the two cannot drift apart.
//
// What the Web Annotation vocabulary has no term for (a claim's verdict
// details, an MQM severity, an entity's type and aliases, a relation's
// kind…) travels in properties under our own prefix, declared in a second
// @context entry: JSON-LD processors see IRIs, other readers can ignore them.

#include <QRegularExpression>
#include <QString>

namespace Marginalia::Exchange::W3cVocab {

inline const QString AnnoContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
inline const QString Prefix = QStringLiteral("marginalia");
inline const QString Namespace = QStringLiteral("urn:marginalia:ns#");
inline const QString MediaType = QStringLiteral("application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"");

// Our own properties, as written in the JSON ("marginalia:verdict").
inline QString term(const char *name)
{
    return Prefix + u':' + QLatin1String(name);
}

// The article, named by its text: the same text has the same IRI in every
// project.
inline QString articleIri(const QString &sha256)
{
    return QStringLiteral("urn:sha256:") + sha256;
}

inline QString annotationIri(const QString &articleSha256, qint64 id)
{
    return QStringLiteral("urn:marginalia:annotation:%1:%2").arg(articleSha256).arg(id);
}

inline QString relationIri(const QString &articleSha256, qint64 id)
{
    return QStringLiteral("urn:marginalia:relation:%1:%2").arg(articleSha256).arg(id);
}

inline QString noteIri(const QString &articleSha256, qint64 id)
{
    return QStringLiteral("urn:marginalia:note:%1:%2").arg(articleSha256).arg(id);
}

inline QString wikidataIri(const QString &qid)
{
    return QStringLiteral("http://www.wikidata.org/entity/") + qid;
}

// "Q3874799" from a Wikidata entity IRI or page address, else empty.
inline QString wikidataId(const QString &iri)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q[0-9]+)$)"));
    const QRegularExpressionMatch m = pattern.match(iri);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The SHA-256 named by an article IRI, else empty.
inline QString sha256Of(const QString &iri)
{
    static const QRegularExpression pattern(QStringLiteral("^urn:sha256:([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch m = pattern.match(iri);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace Marginalia::Exchange::W3cVocab
