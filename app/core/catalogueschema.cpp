#include "catalogueschema.h"

namespace smtpref::CatalogueSchema {

const QStringList &createStatements()
{
    static const QStringList statements{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // Language-independent facts of an entry. reply and subject_detail are what code
        // queries look up ("530", "7.1"), hence their indexes; each also holds what a code
        // search filters and sorts on, so it never reads the table (see SearchEngine).
        QStringLiteral(
            "CREATE TABLE entry ("
            " id INTEGER PRIMARY KEY,"
            " code TEXT NOT NULL UNIQUE,"
            " family TEXT NOT NULL CHECK (family IN ('basic','enhanced','provider')),"
            " reply_class INTEGER NOT NULL CHECK (reply_class IN (0,2,3,4,5)),"
            " reply TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT '',"
            " subject_detail TEXT NOT NULL DEFAULT '',"
            " who_acts TEXT NOT NULL,"
            " retry TEXT NOT NULL,"
            " phases TEXT NOT NULL,"
            " provider TEXT NOT NULL DEFAULT '',"
            " source TEXT NOT NULL DEFAULT '',"
            " deprecated INTEGER NOT NULL DEFAULT 0,"
            " sort_key TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX entry_reply ON entry (reply, sort_key, family, reply_class)"),
        QStringLiteral("CREATE INDEX entry_subject_detail ON entry (subject_detail, sort_key, family, reply_class)"),
        // Catalogue order with the code columns: a prefix that most entries have ("5") is
        // answered by reading this in order until the list is full.
        QStringLiteral("CREATE INDEX entry_order ON entry (sort_key, reply, subject_detail, family, reply_class)"),
        QStringLiteral("CREATE INDEX entry_sort ON entry (family, sort_key)"),
        QStringLiteral(
            "CREATE TABLE entry_text ("
            " entry_id INTEGER NOT NULL REFERENCES entry(id),"
            " lang TEXT NOT NULL,"
            " title TEXT NOT NULL DEFAULT '',"
            " description TEXT NOT NULL DEFAULT '',"
            " when_seen TEXT NOT NULL DEFAULT '',"
            " fix TEXT NOT NULL DEFAULT '',"
            " retry_note TEXT NOT NULL DEFAULT '',"
            " warning TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (entry_id, lang)) WITHOUT ROWID"),
        // Titles alone, packed densely: lists and search results read hundreds at a time,
        // which through the rows of whole texts meant a page per title.
        QStringLiteral("CREATE INDEX entry_text_title ON entry_text (entry_id, lang, title)"),
        QStringLiteral(
            "CREATE TABLE entry_reference ("
            " entry_id INTEGER NOT NULL REFERENCES entry(id),"
            " position INTEGER NOT NULL,"
            " reference TEXT NOT NULL,"
            " PRIMARY KEY (entry_id, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE entry_relation ("
            " entry_id INTEGER NOT NULL REFERENCES entry(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('related','confused')),"
            " position INTEGER NOT NULL,"
            " target TEXT NOT NULL REFERENCES entry(code) DEFERRABLE INITIALLY DEFERRED,"
            " PRIMARY KEY (entry_id, kind, position)) WITHOUT ROWID"),
        // Curated notes on two codes; code_a sorts before code_b so a pair is found either way.
        QStringLiteral(
            "CREATE TABLE pair_note ("
            " code_a TEXT NOT NULL REFERENCES entry(code),"
            " code_b TEXT NOT NULL REFERENCES entry(code),"
            " lang TEXT NOT NULL,"
            " note TEXT NOT NULL,"
            " PRIMARY KEY (code_a, code_b, lang)) WITHOUT ROWID"),
        // One row per entry and language (rowid: ftsRowid()), holding text folded by
        // TextFold so that Cyrillic case and ё/е meet. Prefixes of up to three letters have
        // an index of their own; longer ones are searched as the words they begin.
        QStringLiteral(
            "CREATE VIRTUAL TABLE entry_fts USING fts5("
            " title, body, tokenize = 'unicode61', prefix = '1 2 3')"),
        QStringLiteral("CREATE VIRTUAL TABLE entry_fts_vocab USING fts5vocab(entry_fts, 'row')"),
    };
    return statements;
}

} // namespace smtpref::CatalogueSchema
