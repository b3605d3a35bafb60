// smtpref-catalogue-compiler SOURCE_DIR OUTPUT_FILE
// Checks the catalogue source and compiles it into the SQLite file the app ships with.
// Every problem is printed as "file: code: field: what" and fails the build.

#include "cataloguebuilder.h"
#include "cataloguesource.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        err << "usage: smtpref-catalogue-compiler SOURCE_DIR OUTPUT_FILE\n";
        return 2;
    }
    smtpref::CatalogueSource source;
    QStringList errors;
    if (!source.load(arguments.at(1), &errors)) {
        for (const QString &error : std::as_const(errors))
            err << "catalogue: " << error << '\n';
        return 1;
    }
    QString error;
    if (!smtpref::CatalogueBuilder::build(source, arguments.at(2), &error)) {
        err << "catalogue: " << error << '\n';
        return 1;
    }
    return 0;
}
