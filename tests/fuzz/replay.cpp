// Replays a fuzz target's inputs through the target itself: its seeds, and every input that
// once made it fail (regressions/<target>/). Built with one fuzz_<target>.cpp in every build,
// gcc and ASan included, so the fuzzers' checks guard every test run and a crash once found
// stays fixed. A failing input aborts with the check it broke; Qt Test names the file.

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList folders = QStringLiteral(SMTPREF_FUZZ_INPUTS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString &folder : folders) {
            QDirIterator files(folder, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QTest::newRow(qPrintable(path)) << path;
            }
        }
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
    }

    void hasSeeds()
    {
        // A folder moved or misspelt would leave nothing to replay, and nothing to fail.
        const QString seeds = QStringLiteral(SMTPREF_FUZZ_INPUTS).section(QLatin1Char('|'), 0, 0);
        QDirIterator files(seeds, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), qPrintable(seeds));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "replay.moc"
