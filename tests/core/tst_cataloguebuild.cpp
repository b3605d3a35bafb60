// The catalogue compiler: the shipped file has the schema the reader expects, the build
// rejects broken source with messages that name the place, and the result is read-only.

#include "catalogue.h"
#include "cataloguebuilder.h"
#include "catalogueschema.h"
#include "cataloguesource.h"
#include "sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

const QString sourceDir = QStringLiteral(SMTPREF_SOURCE_DIR "/resources/catalogue");

// Copies the real source into dir, with one file replaced.
void writeSourceWith(const QTemporaryDir &dir, const QString &file, const QByteArray &content)
{
    QDir target(dir.path());
    for (const QString &sub : {QStringLiteral("en"), QStringLiteral("ru")}) {
        target.mkpath(sub);
        const QStringList files = QDir(sourceDir + '/' + sub).entryList({"*.json"}, QDir::Files);
        for (const QString &name : files)
            QFile::copy(sourceDir + '/' + sub + '/' + name, target.filePath(sub + '/' + name));
    }
    QFile::remove(target.filePath(file));
    QFile out(target.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
}

QByteArray basicWith(const QByteArray &entry)
{
    return R"({"entries": [)" + entry + "]}";
}

const QByteArray goodEntry = R"({"code": "530", "title": "t", "description": "d", "when": "w", "fix": "f",
    "who_acts": "sender", "retry": "after_fix", "retry_note": "r", "phase": ["MAIL"],
    "references": ["RFC 4954 §6"], "related": [], "confused_with": []})";

} // namespace

class TestCatalogueBuild : public QObject
{
    Q_OBJECT

private slots:
    void shippedSchema()
    {
        SqlConnection connection;
        QString error;
        QVERIFY2(connection.open(QStringLiteral(SMTPREF_CATALOGUE), SqlConnection::Mode::ReadOnly, &error),
                 qPrintable(error));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec("SELECT value FROM meta WHERE key = 'schema_version'"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), CatalogueSchema::version);
        for (const char *table : {"entry", "entry_text", "entry_reference", "entry_relation", "pair_note", "entry_fts"}) {
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() > 0, table);
        }
        QVERIFY(query.exec("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'authentication'"));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
        // Code lookups use their indexes, not a scan of the table.
        QVERIFY(query.exec("EXPLAIN QUERY PLAN SELECT id FROM entry WHERE reply = '530'"));
        QVERIFY(query.next());
        QVERIFY2(query.value(3).toString().contains("INDEX"), qPrintable(query.value(3).toString()));
        QVERIFY(query.exec("PRAGMA foreign_key_check"));
        QVERIFY(!query.next());
    }

    void shippedIsReadOnly()
    {
        Catalogue catalogue;
        QString error;
        QVERIFY(catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error));
        QSqlQuery query(catalogue.database());
        QVERIFY(!query.exec("DELETE FROM entry"));
        QVERIFY(catalogue.entryCount() > 0);
    }

    void sourceRebuildsIdentically()
    {
        CatalogueSource source;
        QStringList errors;
        QVERIFY2(source.load(sourceDir, &errors), qPrintable(errors.join('\n')));
        QTemporaryDir dir;
        const QString path = dir.filePath("rebuilt.sqlite");
        QString error;
        QVERIFY2(CatalogueBuilder::build(source, path, &error), qPrintable(error));
        Catalogue rebuilt;
        QVERIFY(rebuilt.open(path, &error));
        Catalogue shipped;
        QVERIFY(shipped.open(QStringLiteral(SMTPREF_CATALOGUE), &error));
        QCOMPARE(rebuilt.entryCount(), shipped.entryCount());
        QVERIFY(!QFile::exists(path + ".partial"));
    }

    void brokenSourceIsNamed_data()
    {
        QTest::addColumn<QByteArray>("basic");
        QTest::addColumn<QString>("expected");
        QByteArray missingFix = goodEntry;
        missingFix.replace(R"("fix": "f",)", "");
        QByteArray badWho = goodEntry;
        badWho.replace(R"("sender")", R"("someone")");
        QByteArray badReference = goodEntry;
        badReference.replace("RFC 4954 §6", "rfc4954");
        QByteArray unknownRelation = goodEntry;
        unknownRelation.replace(R"("related": [])", R"("related": ["599"])");
        QByteArray badCode = goodEntry;
        badCode.replace(R"("530")", R"("53")");
        QByteArray badPhase = goodEntry;
        badPhase.replace(R"(["MAIL"])", R"(["MAILFROM"])");
        QTest::newRow("syntax") << QByteArray(R"({"entries": [ {"code": )") << "basic.json:1:";
        QTest::newRow("missing fix") << basicWith(missingFix) << "basic.json: 530: fix: empty";
        QTest::newRow("who acts") << basicWith(badWho) << "530: who_acts: unknown value";
        QTest::newRow("reference") << basicWith(badReference) << "530: references: \"rfc4954\"";
        QTest::newRow("relation") << basicWith(unknownRelation) << "530: related: \"599\" is not another catalogue code";
        QTest::newRow("code") << basicWith(badCode) << "53: code: not a 3-digit reply code";
        QTest::newRow("phase") << basicWith(badPhase) << "530: phase: unknown phase \"MAILFROM\"";
        QTest::newRow("twice") << basicWith(goodEntry + "," + goodEntry) << "530: code: appears twice";
    }

    void brokenSourceIsNamed()
    {
        QFETCH(QByteArray, basic);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeSourceWith(dir, "en/basic.json", basic);
        CatalogueSource source;
        QStringList errors;
        QVERIFY(!source.load(dir.path(), &errors));
        QVERIFY2(errors.join('\n').contains(expected), qPrintable(errors.join('\n')));
    }

    void readerRefusesOtherFiles()
    {
        QTemporaryDir dir;
        Catalogue catalogue;
        QString error;
        QVERIFY(!catalogue.open(dir.filePath("missing.sqlite"), &error));
        QVERIFY(error.contains("does not exist"));

        QFile garbage(dir.filePath("garbage.sqlite"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        Catalogue second;
        QVERIFY(!second.open(garbage.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueBuild)
#include "tst_cataloguebuild.moc"
