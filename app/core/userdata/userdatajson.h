#pragma once

#include "userdataset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace smtpref::UserDataJson {

// The file format of import and export, described in docs/user-data-schema.md.
constexpr int formatVersion = 1;
QString formatName(); // "smtpref-user-data"
// Larger files are refused before they are parsed.
constexpr qsizetype maxSize = 64 * 1024 * 1024;

// The data as a JSON document: keys sorted, lists by code (favourites newest first),
// indented, so the same data always gives the same bytes.
QByteArray write(const UserDataSet &data);

// One thing wrong with a file to import, where it is.
struct Problem
{
    int line = 0;
    QString field;   // "custom_codes[2].who_acts"; empty for the file as a whole
    QString message; // plain words

    // "line 12: custom_codes[2].who_acts: unknown value ..."
    QString toString() const;
};

// Tells whether the catalogue already has a code, which a custom code may then not take.
using ShippedCode = std::function<std::optional<QString>(const QString &code)>;

// Reads and checks a whole file. Any problem, and nothing is returned: an import is all or
// nothing. Every problem found is listed, by line. shippedCode (optional) names the
// catalogue entry a custom code would clash with.
std::optional<UserDataSet> read(const QByteArray &json, const ShippedCode &shippedCode, QList<Problem> *problems);

} // namespace smtpref::UserDataJson
