#include "userdatacommands.h"

#include "catalogue.h"
#include "commandline.h"
#include "customcatalogue.h"
#include "userdatajson.h"
#include "userstoreopening.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace smtpref::UserDataCommands {

namespace {

void report(QTextStream &err, const QString &message)
{
    err << QCoreApplication::translate("CommandLine", "smtpref: %1").arg(message) << '\n';
    err.flush();
}

} // namespace

CustomCodes::CustomCodes() = default;
CustomCodes::~CustomCodes() = default;

int exportTo(const QString &userDatabase, const QString &target, QTextStream &out, QTextStream &err)
{
    UserDataSet data;
    // Nothing saved yet is an empty export, not a reason to create the database.
    if (QFileInfo::exists(userDatabase)) {
        UserStoreOpening opening = openUserStore(userDatabase);
        if (!opening.problem.isEmpty()) {
            report(err, opening.problem);
            return CommandLine::DataError;
        }
        if (!opening.store->exportData(&data)) {
            report(err, QCoreApplication::translate("UserDataCommands", "cannot read your data: %1").arg(opening.store->lastError()));
            return CommandLine::DataError;
        }
    }
    const QByteArray json = UserDataJson::write(data);
    if (target == QLatin1String("-")) {
        out << QString::fromUtf8(json);
        out.flush();
        return CommandLine::Found;
    }
    // Written aside and renamed: an export that fails half way leaves the old file whole.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        report(err, QCoreApplication::translate("UserDataCommands", "cannot write \"%1\": %2").arg(target, file.errorString()));
        return CommandLine::DataError;
    }
    err << QCoreApplication::translate("UserDataCommands", "Exported %n custom code(s), ", nullptr, int(data.customCodes.size()))
        << QCoreApplication::translate("UserDataCommands", "%n note(s) and ", nullptr, int(data.notes.size()))
        << QCoreApplication::translate("UserDataCommands", "%n favourite(s) to %1.", nullptr, int(data.favourites.size())).arg(target) << '\n';
    err.flush();
    return CommandLine::Found;
}

int importFrom(const QString &userDatabase, const QString &source, const Catalogue *catalogue, QTextStream &out,
               QTextStream &err)
{
    const bool standardInput = source == QLatin1String("-");
    QFile file(standardInput ? QString() : source);
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        report(err, QCoreApplication::translate("UserDataCommands", "cannot read \"%1\": %2").arg(source, file.errorString()));
        return CommandLine::UsageError;
    }
    const QByteArray json = file.read(UserDataJson::maxSize + 1);

    const UserDataJson::ShippedCode shippedCode = [catalogue](const QString &code) {
        return catalogue ? catalogue->shippedCode(code) : std::nullopt;
    };
    QList<UserDataJson::Problem> problems;
    const auto data = UserDataJson::read(json, shippedCode, &problems);
    if (!data) {
        const QString name = standardInput ? QCoreApplication::translate("UserDataCommands", "standard input") : source;
        for (const UserDataJson::Problem &problem : std::as_const(problems))
            err << name << ':' << problem.toString() << '\n';
        report(err, QCoreApplication::translate("UserDataCommands", "nothing was imported: %n problem(s) in %1", nullptr, int(problems.size())).arg(name));
        return CommandLine::InvalidInput;
    }

    UserStoreOpening opening = openUserStore(userDatabase);
    if (!opening.problem.isEmpty()) {
        report(err, opening.problem);
        report(err, QCoreApplication::translate("UserDataCommands", "nothing was imported"));
        return CommandLine::DataError;
    }
    if (!opening.store->importData(*data)) {
        report(err, QCoreApplication::translate("UserDataCommands", "nothing was imported: %1").arg(opening.store->lastError()));
        return CommandLine::DataError;
    }
    // The search of later commands finds the imported codes at once.
    CustomCatalogue custom(*opening.store, CustomCatalogue::pathFor(userDatabase));
    QString error;
    if (!custom.sync(&error))
        report(err, error);
    out << QCoreApplication::translate("UserDataCommands", "Imported %n custom code(s), ", nullptr, int(data->customCodes.size()))
        << QCoreApplication::translate("UserDataCommands", "%n note(s) and ", nullptr, int(data->notes.size()))
        << QCoreApplication::translate("UserDataCommands", "%n favourite(s).", nullptr, int(data->favourites.size())) << '\n';
    out.flush();
    return CommandLine::Found;
}

bool openCustomCodes(Catalogue &catalogue, const QString &userDatabase, CustomCodes *codes, QTextStream &err)
{
    if (!QFileInfo::exists(userDatabase))
        return true;
    UserStoreOpening opening = openUserStore(userDatabase);
    if (opening.failure == SqliteFailure::Damaged) {
        report(err, opening.problem);
        return false;
    }
    if (!opening.problem.isEmpty()) {
        report(err, QCoreApplication::translate("UserDataCommands", "your own codes are left out: %1").arg(opening.problem));
        return true;
    }
    codes->store = std::move(opening.store);
    codes->catalogue = std::make_unique<CustomCatalogue>(*codes->store, CustomCatalogue::pathFor(userDatabase));
    QString error;
    if (!codes->catalogue->sync(&error) || !catalogue.openCustom(codes->catalogue->path(), &error))
        report(err, QCoreApplication::translate("UserDataCommands", "your own codes are left out: %1").arg(error));
    return true;
}

} // namespace smtpref::UserDataCommands
