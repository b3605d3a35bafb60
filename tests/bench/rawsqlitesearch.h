#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// The limit a search is measured against: the same FTS5 query on the same file, straight
// through the sqlite3 C API with a prepared statement, no Qt in between.
class RawSqliteSearch
{
public:
    explicit RawSqliteSearch(const QString &path);
    ~RawSqliteSearch();
    RawSqliteSearch(const RawSqliteSearch &) = delete;
    RawSqliteSearch &operator=(const RawSqliteSearch &) = delete;

    // The plainest FTS5 expression for what was typed: its words ANDed, the last one as a
    // prefix while it is being typed. Empty when the text has no words.
    static QString expression(const QString &typed);

    // Runs the FTS expression and steps through up to limit rows; returns the row count.
    int run(const QString &ftsExpression, int limit);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
