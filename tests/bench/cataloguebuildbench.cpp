#include "cataloguebuildbench.h"

#include "cataloguebuilder.h"
#include "catalogueschema.h"
#include "cataloguesource.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace smtpref;

namespace {

struct FtsRow
{
    qint64 rowid = 0;
    QByteArray title;
    QByteArray body;
};

// The full-text rows of a compiled catalogue, as it indexed them.
std::vector<FtsRow> ftsRows(const QString &catalogue)
{
    std::vector<FtsRow> rows;
    sqlite3 *db = nullptr;
    sqlite3_stmt *select = nullptr;
    sqlite3_open_v2(QFile::encodeName(catalogue).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(db, "SELECT rowid, title, body FROM entry_fts", -1, &select, nullptr);
    const auto text = [select](int column) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, column)),
                          sqlite3_column_bytes(select, column));
    };
    while (sqlite3_step(select) == SQLITE_ROW)
        rows.push_back({sqlite3_column_int64(select, 0), text(1), text(2)});
    sqlite3_finalize(select);
    sqlite3_close(db);
    return rows;
}

// The catalogue's own index (CatalogueSchema), and nothing else.
void writeIndex(const std::vector<FtsRow> &rows, const QString &path)
{
    const QStringList &schema = CatalogueSchema::createStatements();
    const auto create = std::find_if(schema.begin(), schema.end(), [](const QString &statement) {
        return statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE entry_fts USING fts5"));
    });
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;", nullptr, nullptr, nullptr);
    sqlite3_exec(db, create->toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO entry_fts (rowid, title, body) VALUES (?, ?, ?)", -1, &insert, nullptr);
    for (const FtsRow &row : rows) {
        sqlite3_reset(insert);
        sqlite3_bind_int64(insert, 1, row.rowid);
        sqlite3_bind_text(insert, 2, row.title.constData(), int(row.title.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, row.body.constData(), int(row.body.size()), SQLITE_STATIC);
        sqlite3_step(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

namespace CatalogueBuildBench {

Measurement run(const QString &sourceDir, const QString &workDir, int runs)
{
    QDir().mkpath(workDir);
    const QString compiled = QDir(workDir).filePath(QStringLiteral("build-bench-catalogue.sqlite"));
    int entries = 0;
    const std::vector<double> buildTimes = Statistics::timeRuns(runs, [&] {
        CatalogueSource source;
        QStringList errors;
        QString error;
        if (!source.load(sourceDir, &errors) || !CatalogueBuilder::build(source, compiled, &error))
            qFatal("smtpref-bench: the catalogue does not build: %s %s", qPrintable(errors.join(QLatin1Char(' '))),
                   qPrintable(error));
        entries = int(source.entries().size());
    });

    const std::vector<FtsRow> rows = ftsRows(compiled);
    const QString index = QDir(workDir).filePath(QStringLiteral("build-bench-index.sqlite"));
    const std::vector<double> indexTimes = Statistics::timeRuns(runs, [&] { writeIndex(rows, index); });
    QFile::remove(compiled);
    QFile::remove(index);

    return {QStringLiteral("catalogue_build"), QString::number(entries), Statistics::median(buildTimes),
            QStringLiteral("ms"), Statistics::median(indexTimes)};
}

} // namespace CatalogueBuildBench
