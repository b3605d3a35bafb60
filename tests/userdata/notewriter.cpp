// Writes numbered notes into a user database until it is killed, printing each number once
// its write is committed: tst_killduringwrite kills it at any moment and then checks that
// every note printed is there.
//
//   smtpref_notewriter USER_DATABASE RUN
//
// Note RUN-i holds a text long enough to take several pages now and then, so a kill can
// land in the middle of writing them.

#include "sqliteuserstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace smtpref;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: smtpref_notewriter USER_DATABASE RUN\n";
        return 2;
    }
    SqliteUserStore store;
    QString error;
    if (!store.open(arguments.at(1), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const QString run = arguments.at(2);
    for (int i = 0;; ++i) {
        const QString code = QStringLiteral("%1-%2").arg(run).arg(i);
        const QString text = QStringLiteral("Note %1: ").arg(code) + QString(i % 7 == 0 ? 9000 : 40, QLatin1Char('x'));
        if (!store.setNote(code, text) || (i % 5 == 0 && !store.setFavourite(code, true))) {
            QTextStream(stderr) << store.lastError() << '\n';
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
