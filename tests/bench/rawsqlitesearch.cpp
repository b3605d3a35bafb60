#include "rawsqlitesearch.h"

#include <sqlite3.h>

RawSqliteSearch::RawSqliteSearch(const QString &path)
{
    sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(m_db,
                       "SELECT entry_id, rank FROM entry_fts WHERE entry_fts MATCH ?1"
                       " AND rank MATCH 'bm25(8.0, 1.0)' AND lang IN ('en', 'en') ORDER BY rank LIMIT ?2",
                       -1, &m_statement, nullptr);
}

RawSqliteSearch::~RawSqliteSearch()
{
    sqlite3_finalize(m_statement);
    sqlite3_close(m_db);
}

int RawSqliteSearch::run(const QString &ftsExpression, int limit)
{
    const QByteArray expression = ftsExpression.toUtf8();
    sqlite3_reset(m_statement);
    sqlite3_bind_text(m_statement, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(m_statement, 2, limit);
    int rows = 0;
    while (sqlite3_step(m_statement) == SQLITE_ROW)
        ++rows;
    return rows;
}
