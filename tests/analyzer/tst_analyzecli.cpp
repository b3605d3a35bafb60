// "smtpref analyze FILE|-" run as a user runs it: JSON keys of DESIGN.md, exit statuses,
// standard input, and an analysis that still works when the catalogue cannot be read.

#include "corpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runSmtpref(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(SMTPREF_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("smtpref did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.left(500).constData());
    return document.object();
}

QString bounceFile()
{
    return corpusDir() + QStringLiteral("/lhost-postfix-02.eml");
}

} // namespace

class AnalyzeCliTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDesignKeys();
    void titlesComeFromTheCatalogue();
    void standardInput();
    void textReport();
    void worksWithoutCatalogue();
    void notABounce();
    void nothingFound();
    void usageErrors();
};

void AnalyzeCliTest::jsonHasTheDesignKeys()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), bounceFile(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject analysis = jsonOf(run);
    for (const char *key : {"findings", "recipients", "verdict", "is_bounce", "kind"})
        QVERIFY2(analysis.contains(QLatin1String(key)), key);
    QVERIFY(analysis.value(QStringLiteral("is_bounce")).toBool());

    const QJsonArray findings = analysis.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"line", "reply", "status", "text", "title"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
        QVERIFY(finding.value(QStringLiteral("line")).toInt() > 0);
    }

    const QJsonArray recipients = analysis.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 2);
    for (const QJsonValue &value : recipients) {
        const QJsonObject recipient = value.toObject();
        for (const char *key : {"address", "status", "reply", "reason", "diagnostic"})
            QVERIFY2(recipient.contains(QLatin1String(key)), key);
    }
    const QJsonObject first = recipients.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("5.2.1"));
    QCOMPARE(first.value(QStringLiteral("reply")).toString(), QStringLiteral("550"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));

    const QJsonObject verdict = analysis.value(QStringLiteral("verdict")).toObject();
    for (const char *key : {"reason", "hard", "retry", "who_acts", "advice"})
        QVERIFY2(verdict.contains(QLatin1String(key)), key);
    QCOMPARE(verdict.value(QStringLiteral("reason")).toString(), QStringLiteral("userunknown"));
    QVERIFY(verdict.value(QStringLiteral("hard")).toBool());
    QCOMPARE(verdict.value(QStringLiteral("retry")).toString(), QStringLiteral("never"));
    QCOMPARE(verdict.value(QStringLiteral("who_acts")).toString(), QStringLiteral("sender"));
    QVERIFY(!verdict.value(QStringLiteral("advice")).toString().isEmpty());
}

void AnalyzeCliTest::titlesComeFromTheCatalogue()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), bounceFile(), QStringLiteral("--json")});
    bool titled = false;
    for (const QJsonValue &value : jsonOf(run).value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        if (finding.value(QStringLiteral("status")).toString() == QLatin1String("5.1.1"))
            titled = !finding.value(QStringLiteral("title")).toString().isEmpty();
    }
    QVERIFY(titled);
}

void AnalyzeCliTest::standardInput()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), QStringLiteral("-"), QStringLiteral("--json")},
                            "550-5.7.26 Unauthenticated email from example.test is not accepted due to\r\n"
                            "550 5.7.26 domain's DMARC policy.\r\n");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject analysis = jsonOf(run);
    QCOMPARE(analysis.value(QStringLiteral("findings")).toArray().size(), 1);
    QCOMPARE(analysis.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("authfailure"));
}

void AnalyzeCliTest::textReport()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), bounceFile()});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QLatin1String("userunknown@example.co.jp")));
    QVERIFY(text.contains(QLatin1String("550 5.1.1")));
    QVERIFY(text.contains(QLatin1String("line ")));
}

void AnalyzeCliTest::worksWithoutCatalogue()
{
    QTemporaryDir dir;
    const Run run = runSmtpref({QStringLiteral("--database"), dir.filePath(QStringLiteral("missing.sqlite")),
                             QStringLiteral("analyze"), bounceFile(), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains(QLatin1String("without titles")));
    const QJsonArray findings = jsonOf(run).value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    QVERIFY(findings.at(0).toObject().value(QStringLiteral("title")).isNull());
}

void AnalyzeCliTest::notABounce()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), corpusDir() + QStringLiteral("/not-bounces/is-not-bounce-01.eml"),
                             QStringLiteral("--json")});
    const QJsonObject analysis = jsonOf(run);
    QVERIFY(!analysis.value(QStringLiteral("is_bounce")).toBool());
    QVERIFY(analysis.value(QStringLiteral("recipients")).toArray().isEmpty());
    QVERIFY(analysis.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("reason")).isNull());
    QCOMPARE(run.exitCode, 1); // nothing found: no code, no bounce
    QVERIFY(!run.err.isEmpty());
}

void AnalyzeCliTest::nothingFound()
{
    const Run run = runSmtpref({QStringLiteral("analyze"), QStringLiteral("-")}, "hello, world\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("no reply code")));
}

void AnalyzeCliTest::usageErrors()
{
    QCOMPARE(runSmtpref({QStringLiteral("analyze")}).exitCode, 2);
    QCOMPARE(runSmtpref({QStringLiteral("analyze"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
    const Run missing = runSmtpref({QStringLiteral("analyze"), QStringLiteral("/nonexistent/bounce.eml")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QLatin1String("/nonexistent/bounce.eml")));
    const Run help = runSmtpref({QStringLiteral("--help")});
    QVERIFY(help.out.contains("analyze FILE|-"));
}

QTEST_GUILESS_MAIN(AnalyzeCliTest)
#include "tst_analyzecli.moc"
