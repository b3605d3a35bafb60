// Layouts beyond the shared corpus (data/formats/README.md): the analyzer reads the structure
// of a notice, not files it has already seen.

#include "analyzer.h"

#include <QFile>
#include <QTest>

using namespace smtpref;

namespace {

AnalysisResult analyzeSample(const QString &name)
{
    QFile file(QStringLiteral(SMTPREF_SOURCE_DIR "/tests/analyzer/data/formats/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return Analyzer().analyze(file.readAll());
}

} // namespace

class BounceFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void charsetsInThePipeline();
    void eximLog();
};

void BounceFormatsTest::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("office 365") << "o365.eml" << "kijitora@contoso.example" << "550" << "5.1.10" << "userunknown";
    QTest::newRow("gmail") << "gmail-new.eml" << "nekochan@example.jp" << "550" << "5.1.1" << "userunknown";
    QTest::newRow("domino") << "domino.eml" << "kijitora@acme.example" << "" << "" << "userunknown";
    QTest::newRow("courier") << "courier.eml" << "kijitora@example.net" << "550" << "5.1.1" << "userunknown";
    QTest::newRow("amazon ses") << "ses.eml" << "mikeneko@example.com" << "552" << "5.2.2" << "mailboxfull";
    QTest::newRow("koi8-r, base64") << "koi8r-base64.eml" << "ivan@example.ru" << "550" << "5.1.1" << "userunknown";
}

void BounceFormatsTest::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, address);
    QFETCH(QString, reply);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const AnalysisResult result = analyzeSample(file);
    QCOMPARE(result.kind, InputKind::Bounce);
    QVERIFY(result.isBounce);
    QCOMPARE(result.recipients.size(), 1);
    const FailedRecipient &recipient = result.recipients.front();
    QCOMPARE(recipient.address, address);
    QCOMPARE(recipient.reply, reply);
    QCOMPARE(recipient.status, status);
    QCOMPARE(recipient.reason, reason);
    QVERIFY(recipient.permanent);
    QCOMPARE(result.verdict.reason, reason);
    QVERIFY(!result.verdict.advice.isEmpty());
}

void BounceFormatsTest::charsetsInThePipeline()
{
    const AnalysisResult result = analyzeSample(QStringLiteral("koi8r-base64.eml"));
    QCOMPARE(result.subject, QStringLiteral("Недоставленное сообщение"));
    QCOMPARE(result.findings.size(), 1);
    // The decoded line starts in the second base64 line of the body.
    QCOMPARE(result.findings.front().line, 9);
    QVERIFY(result.findings.front().text.endsWith(QLatin1String("(in reply to RCPT TO command)")));
    QCOMPARE(result.recipients.front().command, QStringLiteral("RCPT"));
}

void BounceFormatsTest::eximLog()
{
    const AnalysisResult result = analyzeSample(QStringLiteral("exim.log"));
    QCOMPARE(result.kind, InputKind::Log);
    QCOMPARE(result.recipients.size(), 2);
    QCOMPARE(result.recipients.at(0).reason, QStringLiteral("userunknown"));
    QCOMPARE(result.recipients.at(0).action, QStringLiteral("failed"));
    // A greylisting deferral: still being tried, not given up.
    QCOMPARE(result.recipients.at(1).address, QStringLiteral("mikeneko@example.org"));
    QCOMPARE(result.recipients.at(1).action, QStringLiteral("delayed"));
    QCOMPARE(result.recipients.at(1).reply, QStringLiteral("451"));
    QVERIFY(result.recipients.at(1).reason != QLatin1String("expired"));
}

QTEST_GUILESS_MAIN(BounceFormatsTest)
#include "tst_bounceformats.moc"
