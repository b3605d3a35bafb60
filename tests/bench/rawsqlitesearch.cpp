#include "rawsqlitesearch.h"

#include "catalogueschema.h"
#include "textfold.h"

#include <QStringList>

#include <sqlite3.h>

RawSqliteSearch::RawSqliteSearch(const QString &path)
{
    sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
    // English rows only (CatalogueSchema::ftsRowid), best first, as plainly as FTS5 allows.
    const QByteArray sql = QStringLiteral("SELECT rowid, rank FROM entry_fts WHERE entry_fts MATCH ?1"
                                          " AND rank MATCH 'bm25(8.0, 1.0)' AND rowid % %1 = 0 ORDER BY rank LIMIT ?2")
                               .arg(smtpref::CatalogueSchema::languageSlots)
                               .toUtf8();
    sqlite3_prepare_v2(m_db, sql.constData(), -1, &m_statement, nullptr);
}

RawSqliteSearch::~RawSqliteSearch()
{
    sqlite3_finalize(m_statement);
    sqlite3_close(m_db);
}

QString RawSqliteSearch::expression(const QString &typed)
{
    QStringList terms;
    const QStringList words = smtpref::TextFold::words(typed);
    for (const QString &word : words)
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    if (!terms.isEmpty() && !typed.back().isSpace())
        terms.last() += QLatin1Char('*');
    return terms.join(QStringLiteral(" AND "));
}

int RawSqliteSearch::run(const QString &ftsExpression, int limit)
{
    if (ftsExpression.isEmpty())
        return 0;
    const QByteArray expression = ftsExpression.toUtf8();
    sqlite3_reset(m_statement);
    sqlite3_bind_text(m_statement, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(m_statement, 2, limit);
    int rows = 0;
    while (sqlite3_step(m_statement) == SQLITE_ROW)
        ++rows;
    return rows;
}
