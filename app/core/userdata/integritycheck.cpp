#include "integritycheck.h"

#include "sqlconnection.h"
#include "sqlitefailure.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace smtpref::IntegrityCheck {

namespace {

// quick_check lists up to this many problems; a report needs only the first few.
constexpr int reportedFindings = 5;

} // namespace

Result quickCheck(const QString &path)
{
    SqlConnection connection;
    QString error;
    if (!connection.open(path, SqlConnection::Mode::ReadOnly, &error))
        return {Verdict::Unchecked, error};
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(reportedFindings))) {
        const SqliteFailure failure = SqliteFailures::classify(query.lastError());
        return {failure == SqliteFailure::Damaged ? Verdict::Damaged : Verdict::Unchecked, query.lastError().text()};
    }
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings == QStringList{QStringLiteral("ok")})
        return {Verdict::Sound, QString()};
    if (findings.isEmpty()) {
        // Stopped half way through the rows: the error says why.
        const SqliteFailure failure = SqliteFailures::classify(query.lastError());
        return {failure == SqliteFailure::Busy ? Verdict::Unchecked : Verdict::Damaged, query.lastError().text()};
    }
    return {Verdict::Damaged, findings.join(QStringLiteral("; "))};
}

} // namespace smtpref::IntegrityCheck
