#pragma once
// W3C Web Annotation (JSON-LD, Recommendation of 23 February 2017): one
// AnnotationCollection whose `first` is an embedded AnnotationPage holding
// every annotation as an item. Each item repeats the @context, so that it is
// a complete Annotation when taken out of the file.
//
// An annotation targets its article, `urn:sha256:<hex SHA-256 of the text>`
// (the document id and title travel with it), through a TextQuoteSelector
// (exact, prefix, suffix) and a TextPositionSelector (code points of the
// stored text, as the project counts). An orphan, whose offsets no longer
// select its quote, has the quote selector alone.
//
// Motivation by label kind: an entity mention linked to an entity is
// `identifying`, an unlinked one `tagging`; a claim `assessing`; an MT error
// `classifying` (its MQM category classifies the span); a highlight
// `highlighting`. Bodies: the label is a TextualBody with purpose `tagging`,
// each note one with purpose `commenting`; the linked entity a
// SpecificResource with purpose `identifying` whose source is the Wikidata
// IRI when the entity has one; a claim's verdict a TextualBody with purpose
// `assessing` and its claimant a SpecificResource with purpose `describing`
// (the mention's annotation IRI, or the entity); an MT error's category a
// TextualBody with purpose `classifying` and its correction one with purpose
// `editing`. Details the vocabulary has no term for are properties under the
// `marginalia:` prefix (see w3cvocab.h).
//
// Relations are represented, not dropped: each is an Annotation with
// motivation `linking` whose target is the source annotation's IRI and whose
// body is the target annotation's IRI plus the relation kind as a `tagging`
// TextualBody. A note on an article is an Annotation with motivation
// `commenting` whose target is the article without a selector.

#include "exchange.h"

namespace Marginalia::Exchange::W3cExport {

Result<ExportReport> write(const ProjectSnapshot &snapshot, const QString &path);

} // namespace Marginalia::Exchange::W3cExport
