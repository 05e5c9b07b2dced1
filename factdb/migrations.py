"""The schema, built only by these migrations, applied each time a database opens.

Append-only: never edit a migration that has shipped; add a new one below it, then
run `python -m factdb.db schema.sql` to rewrite schema.sql (a test keeps the two equal).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("factdb")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
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
        );
        CREATE INDEX idx_documents_sha256 ON documents(sha256);

        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT
        );
        -- every surface form and role under which a speaker was seen
        CREATE TABLE speaker_forms (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id),
            form TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (speaker_id, form, role)
        );

        CREATE TABLE outlets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        );

        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL,
            label TEXT
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
        CREATE INDEX idx_claims_doc ON claims(doc_id);
        CREATE INDEX idx_claims_speaker ON claims(speaker_id);
        CREATE INDEX idx_claims_said_on ON claims(said_on);
        CREATE INDEX idx_claims_cluster ON claims(cluster_id);

        CREATE TABLE claim_via (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            outlet_id INTEGER NOT NULL REFERENCES outlets(id),
            PRIMARY KEY (claim_id, outlet_id)
        );
        CREATE INDEX idx_claim_via_outlet ON claim_via(outlet_id);

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
        CREATE INDEX idx_claim_dates_claim ON claim_dates(claim_id);
        CREATE INDEX idx_claim_dates_from ON claim_dates(date_from);

        CREATE TABLE claim_counts (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value INTEGER NOT NULL,
            noun TEXT
        );
        CREATE INDEX idx_claim_counts_claim ON claim_counts(claim_id);

        CREATE TABLE claim_entities (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL
        );
        CREATE INDEX idx_claim_entities_claim ON claim_entities(claim_id);
        CREATE INDEX idx_claim_entities_name ON claim_entities(name);

        CREATE TABLE claim_statuses (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            subject TEXT
        );
        CREATE INDEX idx_claim_statuses_claim ON claim_statuses(claim_id);

        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            confidence REAL NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE conflict_sides (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            side TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (conflict_id, claim_id)
        );
        CREATE INDEX idx_conflict_sides_claim ON conflict_sides(claim_id);
        """
    )
    # Full-text index over the lemmatized, ё-folded text; triggers keep it in sync.
    db.table("claims").enable_fts(["lemmas"], create_triggers=True)


@migrations()
def m002_search_index(db: Database) -> None:
    # The index `search` queries: the claim's lemmas (body) and its speaker's name (who),
    # so a claim is found by the name of whoever said it even when the sentence says «он».
    # The name is stored nominative and ё-folded; unicode61 lower-cases it.
    who = "COALESCE((SELECT replace(replace(s.name, 'ё', 'е'), 'Ё', 'Е') FROM speakers s " \
          "WHERE s.id = {row}.speaker_id), '')"
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE claim_search USING fts5(body, who);
        INSERT INTO claim_search (claim_search, rank) VALUES ('rank', 'bm25(1.0, 0.5)');
        INSERT INTO claim_search (rowid, body, who)
            SELECT c.id, c.lemmas, {who.format(row="c")} FROM claims c;
        CREATE TRIGGER claim_search_ai AFTER INSERT ON claims BEGIN
            INSERT INTO claim_search (rowid, body, who)
            VALUES (new.id, new.lemmas, {who.format(row="new")});
        END;
        CREATE TRIGGER claim_search_ad AFTER DELETE ON claims BEGIN
            DELETE FROM claim_search WHERE rowid = old.id;
        END;
        CREATE TRIGGER claim_search_au AFTER UPDATE OF lemmas, speaker_id ON claims BEGIN
            DELETE FROM claim_search WHERE rowid = old.id;
            INSERT INTO claim_search (rowid, body, who)
            VALUES (new.id, new.lemmas, {who.format(row="new")});
        END;
        CREATE TRIGGER claim_search_speaker_au AFTER UPDATE OF name ON speakers BEGIN
            UPDATE claim_search SET who = replace(replace(new.name, 'ё', 'е'), 'Ё', 'Е')
            WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = new.id);
        END;
        """
    )


@migrations()
def m003_conflicts_sides_by_value(db: Database) -> None:
    # One sentence can hold both sides of a conflict («experts named blows, while the
    # Russian side named a heart attack»): a claim may stand on two sides of one conflict.
    db.executescript(
        """
        CREATE TABLE conflict_sides_new (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            side TEXT NOT NULL,
            value TEXT NOT NULL,
            char_start INTEGER,
            char_end INTEGER,
            PRIMARY KEY (conflict_id, claim_id, side)
        );
        INSERT INTO conflict_sides_new (conflict_id, claim_id, side, value)
            SELECT conflict_id, claim_id, side, value FROM conflict_sides;
        DROP TABLE conflict_sides;
        ALTER TABLE conflict_sides_new RENAME TO conflict_sides;
        CREATE INDEX idx_conflict_sides_claim ON conflict_sides(claim_id);
        """
    )


@migrations()
def m004_drop_unused_fts(db: Database) -> None:
    # claims_fts (m001) was superseded by claim_search (m002); its update trigger also
    # re-indexed a claim on every cluster_id write, the bulk of a refresh's cost.
    db.executescript(
        """
        DROP TRIGGER IF EXISTS claims_ai;
        DROP TRIGGER IF EXISTS claims_ad;
        DROP TRIGGER IF EXISTS claims_au;
        DROP TABLE IF EXISTS claims_fts;
        """
    )


@migrations()
def m005_published_time(db: Database) -> None:
    # The hour a date line prints («15 августа 2023, 11:52»): two reports of one day are
    # ordered by it, so a later report with a smaller toll is a dispute, an earlier one a
    # rise. Documents stored before keep NULL until ingested again from changed text.
    db.execute("ALTER TABLE documents ADD COLUMN published_time TEXT")
