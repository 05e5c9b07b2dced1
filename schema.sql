CREATE TRIGGER claim_search_ad AFTER DELETE ON claims BEGIN
            DELETE FROM claim_search WHERE rowid = old.id;
        END;
CREATE TRIGGER claim_search_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_search (rowid, body, who)
            VALUES (new.id, new.lemmas, COALESCE((SELECT replace(replace(s.name, 'ё', 'е'), 'Ё', 'Е') FROM speakers s WHERE s.id = new.speaker_id), ''));
        END;
CREATE TRIGGER claim_search_au AFTER UPDATE OF lemmas, speaker_id ON claims BEGIN
            DELETE FROM claim_search WHERE rowid = old.id;
            INSERT INTO claim_search (rowid, body, who)
            VALUES (new.id, new.lemmas, COALESCE((SELECT replace(replace(s.name, 'ё', 'е'), 'Ё', 'Е') FROM speakers s WHERE s.id = new.speaker_id), ''));
        END;
CREATE TRIGGER claim_search_speaker_au AFTER UPDATE OF name ON speakers BEGIN
            UPDATE claim_search SET who = replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е')
            WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = new.id);
        END;
CREATE TABLE claim_counts (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value INTEGER NOT NULL,
            noun TEXT
        );
CREATE TABLE claim_dates (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            precision TEXT NOT NULL,
            date_from TEXT NOT NULL,
            date_to TEXT NOT NULL
        );
CREATE TABLE claim_entities (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL
        );
CREATE VIRTUAL TABLE claim_search USING fts5(body, who);
CREATE TABLE 'claim_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'claim_search_content'(id INTEGER PRIMARY KEY, c0, c1);
CREATE TABLE 'claim_search_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'claim_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'claim_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE claim_statuses (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            subject TEXT
        );
CREATE TABLE claim_via (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            outlet_id INTEGER NOT NULL REFERENCES outlets(id),
            PRIMARY KEY (claim_id, outlet_id)
        );
CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id),
            speaker_role TEXT,
            cue TEXT,
            mode TEXT NOT NULL,
            quote TEXT,
            said_on TEXT,
            lemmas TEXT NOT NULL DEFAULT '',
            cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL
        );
CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL,
            label TEXT
        );
CREATE TABLE "conflict_sides" (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            side TEXT NOT NULL,
            value TEXT NOT NULL,
            char_start INTEGER,
            char_end INTEGER,
            PRIMARY KEY (conflict_id, claim_id, side)
        );
CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            confidence REAL NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'
        );
CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            encoding TEXT NOT NULL DEFAULT 'utf-8',
            title TEXT,
            published TEXT,
            outlet TEXT,
            ingested_at TEXT NOT NULL
        , published_time TEXT);
CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );
CREATE TABLE speaker_forms (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            form TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (speaker_id, form, role)
        );
CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT
        );
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE INDEX idx_claim_counts_claim ON claim_counts(claim_id);
CREATE INDEX idx_claim_dates_claim ON claim_dates(claim_id);
CREATE INDEX idx_claim_dates_from ON claim_dates(date_from);
CREATE INDEX idx_claim_entities_claim ON claim_entities(claim_id);
CREATE INDEX idx_claim_entities_name ON claim_entities(name);
CREATE INDEX idx_claim_statuses_claim ON claim_statuses(claim_id);
CREATE INDEX idx_claim_via_outlet ON claim_via(outlet_id);
CREATE INDEX idx_claims_cluster ON claims(cluster_id);
CREATE INDEX idx_claims_doc ON claims(doc_id);
CREATE INDEX idx_claims_said_on ON claims(said_on);
CREATE INDEX idx_claims_speaker ON claims(speaker_id);
CREATE INDEX idx_conflict_sides_claim ON conflict_sides(claim_id);
CREATE INDEX idx_documents_sha256 ON documents(sha256);
