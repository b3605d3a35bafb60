// Whatever file is given to "smtpref import" (docs/user-data-schema.md) goes through
// UserDataJson::read, the shipped catalogue telling which codes are taken, as the command
// line does. Nothing may crash and no SQL statement may fail; a file is either accepted with
// no problem or refused with at least one, each on a line of the file; data accepted is
// imported whole into a new store; and, as docs/user-data-schema.md promises, export, import
// elsewhere and export again give the same bytes.

#include "catalogue.h"
#include "fuzzsupport.h"
#include "sqliteuserstore.h"
#include "userdatajson.h"

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace smtpref;

namespace {

struct ShippedCatalogue
{
    ShippedCatalogue()
    {
        QString error;
        FUZZ_CHECK(catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error), error);
    }

    std::optional<QString> shippedCode(const QString &code) const
    {
        const auto entry = catalogue.lookup(code, QStringLiteral("en"));
        return entry && !entry->custom ? std::optional<QString>(entry->code) : std::nullopt;
    }

    fuzz::Environment environment;
    Catalogue catalogue;
};

QString described(const QList<UserDataJson::Problem> &problems)
{
    QStringList lines;
    for (const UserDataJson::Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// A new store (in memory) with the data imported; a file read() accepted cannot make the
// store's one transaction fail.
std::unique_ptr<SqliteUserStore> storeWith(const UserDataSet &data)
{
    auto store = std::make_unique<SqliteUserStore>();
    QString error;
    FUZZ_CHECK(store->open(QStringLiteral(":memory:"), &error), error);
    FUZZ_CHECK(store->importData(data), store->lastError());
    return store;
}

QByteArray exported(const UserStore &store)
{
    UserDataSet data;
    FUZZ_CHECK(store.exportData(&data), store.lastError());
    return UserDataJson::write(data);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ShippedCatalogue shipped;
    const UserDataJson::ShippedCode shippedCode = [](const QString &code) { return shipped.shippedCode(code); };
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    QList<UserDataJson::Problem> problems;
    const std::optional<UserDataSet> imported = UserDataJson::read(json, shippedCode, &problems);
    FUZZ_CHECK(imported.has_value() == problems.isEmpty(), described(problems));
    const int lines = int(json.count('\n')) + 1;
    for (const UserDataJson::Problem &problem : std::as_const(problems)) {
        FUZZ_CHECK(problem.line >= 1 && problem.line <= lines, problem.toString());
        FUZZ_CHECK(!problem.message.isEmpty(), problem.toString());
    }
    if (!imported)
        return 0;

    const QByteArray file = exported(*storeWith(*imported));
    QList<UserDataJson::Problem> reimportProblems;
    const std::optional<UserDataSet> reimported = UserDataJson::read(file, shippedCode, &reimportProblems);
    FUZZ_CHECK(reimported.has_value(), QString::fromUtf8(file) + QLatin1Char('\n') + described(reimportProblems));
    FUZZ_CHECK(exported(*storeWith(*reimported)) == file, QString::fromUtf8(file));
    return 0;
}
