#pragma once

#include <QString>

#include <memory>

class QTextStream;

namespace smtpref {

class Catalogue;
class CustomCatalogue;
class SqliteUserStore;

// The command line's side of the user's own data: export and import, and the user's own
// codes for lookup, search, compare and list.
namespace UserDataCommands {

// export FILE|-: the favourites, notes and custom codes as JSON (docs/user-data-schema.md).
int exportTo(const QString &userDatabase, const QString &target, QTextStream &out, QTextStream &err);

// import FILE|-: all or nothing; each problem is named with its line and field. catalogue,
// when it could be read, keeps custom codes from taking shipped codes' names.
int importFrom(const QString &userDatabase, const QString &source, const Catalogue *catalogue, QTextStream &out,
               QTextStream &err);

// The user's own codes, open beside the catalogue while it lives.
struct CustomCodes
{
    std::unique_ptr<SqliteUserStore> store;
    std::unique_ptr<CustomCatalogue> catalogue;
    CustomCodes();
    ~CustomCodes();
};

// Opens the user's own codes beside catalogue, if the user database exists. A damaged
// database is moved aside and reported: false, and the command ends with DataError. Any
// other trouble is reported and the command goes on without them.
bool openCustomCodes(Catalogue &catalogue, const QString &userDatabase, CustomCodes *codes, QTextStream &err);

} // namespace UserDataCommands
} // namespace smtpref
