#include "projectschema.h"

#include <iterator>

namespace Marginalia::ProjectSchema {

namespace {

// Version 1: articles, the label schema and span annotations.
const char *const SchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    doc_id        TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    source_path   TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL DEFAULT 'txt',
    body_length   INTEGER NOT NULL CHECK (body_length >= 0),
    text          TEXT NOT NULL,
    imported_at   TEXT NOT NULL
) STRICT;

CREATE TABLE label (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    kind   TEXT NOT NULL CHECK (kind IN ('entity', 'claim', 'mt-error', 'highlight')),
    color  TEXT NOT NULL,
    hotkey TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE annotation (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    label_id   INTEGER NOT NULL REFERENCES label(id),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" > start),
    quote      TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    created    TEXT NOT NULL,
    modified   TEXT NOT NULL
) STRICT;

CREATE INDEX annotation_by_article ON annotation(article_id, start);

-- Colours are chosen to stay apart for the common colour-vision deficiencies.
INSERT INTO label (name, kind, color, hotkey) VALUES
    ('Person',       'entity', '#56b4e9', '1'),
    ('Organisation', 'entity', '#e69f00', '2'),
    ('Location',     'entity', '#009e73', '3'),
    ('Claim',        'claim',  '#cc79a7', '4');
)sql";

// Version 2: the project dictionary and the findings the user ignored.
const char *const MigrationV2 = R"sql(
CREATE TABLE dictionary_word (
    word  TEXT PRIMARY KEY,
    added TEXT NOT NULL
) STRICT;

CREATE TABLE ignored_finding (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    created    TEXT NOT NULL,
    UNIQUE (article_id, rule, start, "end")
) STRICT;
)sql";

// Version 3: the full annotation model. Articles get a status and free
// metadata; labels the default schema of entities, claims, MT errors and
// highlights; annotations an entity link and an orphan flag (re-anchoring);
// entities, claims, MT errors, notes and relations get their tables; the
// ignored findings become finding statuses (ignored or accepted).
const char *const MigrationV3 = R"sql(
ALTER TABLE article ADD COLUMN status TEXT NOT NULL DEFAULT 'todo'
    CHECK (status IN ('todo', 'in-progress', 'done'));
-- Checked as a JSON object by the store: with trusted_schema=OFF a schema
-- may not call json_valid().
ALTER TABLE article ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';

INSERT OR IGNORE INTO label (name, kind, color, hotkey) VALUES
    ('Event',     'entity',    '#f0e442', '5'),
    ('Date',      'entity',    '#0072b2', '6'),
    ('Quantity',  'entity',    '#d55e00', '7'),
    ('Other',     'entity',    '#999999', ''),
    ('MT error',  'mt-error',  '#e41a1c', '8'),
    ('Highlight', 'highlight', '#ffd92f', '9');

CREATE TABLE entity (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (name != ''),
    label_id INTEGER NOT NULL REFERENCES label(id),
    wikidata TEXT NOT NULL DEFAULT '' CHECK (wikidata = '' OR wikidata GLOB 'Q[1-9]*'),
    url      TEXT NOT NULL DEFAULT '',
    created  TEXT NOT NULL,
    modified TEXT NOT NULL
) STRICT;

CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL CHECK (alias != ''),
    PRIMARY KEY (entity_id, alias)
) STRICT, WITHOUT ROWID;

ALTER TABLE annotation ADD COLUMN entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL;
ALTER TABLE annotation ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1));
CREATE INDEX annotation_by_entity ON annotation(entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE claim (
    annotation_id      INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
    claimant_mention   INTEGER REFERENCES annotation(id) ON DELETE SET NULL,
    claimant_entity    INTEGER REFERENCES entity(id) ON DELETE SET NULL,
    kind               TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('statistic', 'quote', 'prediction', 'causal', 'other')),
    check_worthiness   INTEGER NOT NULL DEFAULT 0 CHECK (check_worthiness BETWEEN 0 AND 3),
    verdict            TEXT NOT NULL DEFAULT 'not-checked'
        CHECK (verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable', 'not-checked')),
    rating             TEXT NOT NULL DEFAULT '',
    reviewed           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE claim_evidence (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES claim(annotation_id) ON DELETE CASCADE,
    url           TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX claim_evidence_by_claim ON claim_evidence(annotation_id);

CREATE TABLE mt_error (
    annotation_id INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
    category      TEXT NOT NULL CHECK (category != ''),
    severity      TEXT NOT NULL CHECK (severity IN ('neutral', 'minor', 'major', 'critical')),
    correction    TEXT NOT NULL DEFAULT '',
    finding_rule  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE note (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER REFERENCES article(id) ON DELETE CASCADE,
    annotation_id INTEGER REFERENCES annotation(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    created       TEXT NOT NULL,
    modified      TEXT NOT NULL,
    CHECK ((article_id IS NULL) != (annotation_id IS NULL))
) STRICT;
CREATE INDEX note_by_annotation ON note(annotation_id) WHERE annotation_id IS NOT NULL;
CREATE INDEX note_by_article ON note(article_id) WHERE article_id IS NOT NULL;

CREATE TABLE relation (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind != ''),
    source_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
    created   TEXT NOT NULL,
    CHECK (source_id != target_id)
) STRICT;
CREATE INDEX relation_by_source ON relation(source_id);
CREATE INDEX relation_by_target ON relation(target_id);

CREATE TABLE finding_status (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    rule          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('ignored', 'accepted')),
    annotation_id INTEGER REFERENCES annotation(id) ON DELETE CASCADE,
    created       TEXT NOT NULL,
    UNIQUE (article_id, rule, start, "end")
) STRICT;
INSERT INTO finding_status (article_id, rule, start, "end", text, status, created)
    SELECT article_id, rule, start, "end", text, 'ignored', created FROM ignored_finding;
DROP TABLE ignored_finding;
)sql";

// Version 4: how each label is drawn. Existing labels get the style of
// their kind; their colours, which the user may have chosen, stay.
const char *const MigrationV4 = R"sql(
ALTER TABLE label ADD COLUMN style TEXT NOT NULL DEFAULT 'fill'
    CHECK (style IN ('fill', 'underline', 'dashed-underline', 'dotted-underline', 'wavy-underline', 'box'));
UPDATE label SET style = 'underline' WHERE kind = 'claim';
UPDATE label SET style = 'wavy-underline' WHERE kind = 'mt-error';
)sql";

// Only for a project created by this build, after every step: the default
// colours that the steps above cannot change without touching users' own.
// Every fill is an Okabe–Ito colour (or grey), none of them twice, so that
// fills stay apart for the common colour-vision deficiencies. Events were
// yellow like highlights; the MT error line was the red of a spelling
// finding's line.
const char *const NewProjectColours = R"sql(
UPDATE label SET color = '#cc79a7' WHERE name = 'Event' AND kind = 'entity';
UPDATE label SET color = '#e69f00' WHERE name = 'MT error' AND kind = 'mt-error';
UPDATE label SET color = '#f0e442' WHERE name = 'Highlight' AND kind = 'highlight';
)sql";

// Step N takes a project from user_version N-1 to N. Steps only ever get
// appended; each runs in its own transaction.
const char *const Migrations[] = {SchemaV1, MigrationV2, MigrationV3, MigrationV4};

} // namespace

int version()
{
    return int(std::size(Migrations));
}

const char *migrationTo(int version)
{
    return version >= 1 && version <= int(std::size(Migrations)) ? Migrations[version - 1] : nullptr;
}

const char *newProjectDefaults()
{
    return NewProjectColours;
}

} // namespace Marginalia::ProjectSchema
