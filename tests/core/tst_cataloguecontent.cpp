// The shipped content: every code the issue names is there, every entry is complete and
// specific to its code, and every translation covers every field.

#include "catalogue.h"
#include "cataloguesource.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace smtpref;

namespace {

const QString sourceDir = QStringLiteral(SMTPREF_SOURCE_DIR "/resources/catalogue");

QStringList textsOf(const Entry &entry)
{
    return {entry.title, entry.description, entry.when, entry.fix, entry.retryNote, entry.warning};
}

QStringList expectedEnhancedCodes()
{
    // The IANA registry's subjects and their highest detail number (X.0.0 to X.7.30).
    const std::pair<int, int> subjects[] = {{0, 0}, {1, 10}, {2, 4}, {3, 6}, {4, 7}, {5, 6}, {6, 10}, {7, 30}};
    QStringList codes;
    for (const auto &[subject, last] : subjects) {
        for (int detail = 0; detail <= last; ++detail)
            codes.append(QStringLiteral("X.%1.%2").arg(subject).arg(detail));
    }
    return codes;
}

} // namespace

class TestCatalogueContent : public QObject
{
    Q_OBJECT

private:
    CatalogueSource m_source;
    QMap<Family, QList<Entry>> m_byFamily;

private slots:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY2(m_source.load(sourceDir, &errors), qPrintable(errors.join('\n')));
        for (const Entry &entry : m_source.entries())
            m_byFamily[entry.family].append(entry);
        qInfo("entries: basic %lld, enhanced %lld, provider %lld, pair notes %lld",
              qlonglong(m_byFamily[Family::Basic].size()), qlonglong(m_byFamily[Family::Enhanced].size()),
              qlonglong(m_byFamily[Family::Provider].size()),
              qlonglong(m_source.pairNotes().value("en").size()));
    }

    void basicCodesOfRfc5321AndExtensions()
    {
        QSet<QString> codes;
        for (const Entry &entry : m_byFamily[Family::Basic])
            codes.insert(entry.code);
        const QStringList required = QString("211 214 220 221 235 250 251 252 253 334 354 421 432 450 451 452 453 "
                                             "454 455 458 459 500 501 502 503 504 521 530 534 535 538 550 551 552 "
                                             "553 554 555 556").split(' ');
        for (const QString &code : required)
            QVERIFY2(codes.contains(code), qPrintable(code));
    }

    void everyRegistryCode()
    {
        QStringList codes;
        for (const Entry &entry : m_byFamily[Family::Enhanced])
            codes.append(entry.code);
        QCOMPARE(codes, expectedEnhancedCodes());
        QCOMPARE(codes.size(), 81);
        const bool anyDeprecated = std::any_of(m_byFamily[Family::Enhanced].begin(), m_byFamily[Family::Enhanced].end(),
                                               [](const Entry &entry) { return entry.deprecated; });
        QVERIFY(anyDeprecated);
    }

    void providerReplies()
    {
        const QList<Entry> &providers = m_byFamily[Family::Provider];
        QVERIFY2(providers.size() >= 60, qPrintable(QString::number(providers.size())));
        QSet<QString> names;
        for (const Entry &entry : providers) {
            names.insert(entry.provider);
            QVERIFY2(!entry.source.isEmpty(), qPrintable(entry.code));
            QVERIFY2(entry.code.startsWith(entry.provider), qPrintable(entry.code));
        }
        for (const char *name : {"Gmail", "Microsoft 365", "Yahoo", "iCloud"}) {
            const bool found = std::any_of(names.begin(), names.end(),
                                           [&](const QString &provider) { return provider.startsWith(QLatin1String(name)); });
            QVERIFY2(found, name);
        }
    }

    void pairNotes()
    {
        QVERIFY(m_source.pairNotes().value("en").size() >= 20);
    }

    void noDoubledWords()
    {
        static const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"),
                                                QRegularExpression::CaseInsensitiveOption
                                                    | QRegularExpression::UseUnicodePropertiesOption);
        QStringList found;
        const auto check = [&](const QString &code, const QString &text) {
            const auto match = doubled.match(text);
            // "that that" and the like are legitimate English now and then; a repeated word
            // of three letters or more outside them is the seed page's "when when".
            if (match.hasMatch() && match.captured(1).size() > 2 && match.captured(1) != QLatin1String("that"))
                found.append(code + ": " + match.captured(0));
        };
        for (const Entry &entry : m_source.entries())
            for (const QString &text : textsOf(entry))
                check(entry.code, text);
        for (auto language = m_source.translations().cbegin(); language != m_source.translations().cend(); ++language)
            for (const Entry &entry : language.value())
                for (const QString &text : textsOf(entry))
                    check(language.key() + " " + entry.code, text);
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }

    void noTemplatedSentences()
    {
        // A sentence of some length found in two entries is filler that fits any code.
        QHash<QString, QString> seen;
        QStringList shared;
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
        for (const Entry &entry : m_source.entries()) {
            for (const QString &text : textsOf(entry)) {
                for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
                    if (sentence.size() < 60)
                        continue;
                    const QString other = seen.value(sentence);
                    if (!other.isEmpty() && other != entry.code)
                        shared.append(other + " / " + entry.code + ": " + sentence);
                    seen.insert(sentence, entry.code);
                }
            }
        }
        QVERIFY2(shared.isEmpty(), qPrintable(shared.join('\n')));
    }

    void confusedWithIsNotOnlySelfClass()
    {
        // Every entry that names confusable codes is named back or has a pair note or
        // its own reason: at least check that the most confused codes have notes.
        QSet<QString> noted;
        for (const PairNote &note : m_source.pairNotes().value("en"))
            noted.insert(note.a < note.b ? note.a + '|' + note.b : note.b + '|' + note.a);
        for (const auto &[a, b] : {std::pair{"530", "535"}, {"450", "550"}, {"550", "553"}, {"421", "451"},
                                   {"451", "452"}, {"552", "X.2.2"}, {"X.1.1", "X.1.2"}, {"X.7.1", "X.7.26"}}) {
            const QString first = QString::fromLatin1(a);
            const QString second = QString::fromLatin1(b);
            const QString key = first < second ? first + '|' + second : second + '|' + first;
            QVERIFY2(noted.contains(key), qPrintable(key));
        }
    }

    void everyTranslationCoversEveryField()
    {
        QVERIFY(m_source.translations().contains("ru"));
        for (auto language = m_source.translations().cbegin(); language != m_source.translations().cend(); ++language) {
            QStringList missing;
            for (const Entry &english : m_source.entries()) {
                const Entry translated = language.value().value(english.code);
                const QStringList englishTexts = textsOf(english);
                const QStringList texts = textsOf(translated);
                for (int i = 0; i < englishTexts.size(); ++i) {
                    if (!englishTexts.at(i).isEmpty() && texts.at(i).isEmpty())
                        missing.append(english.code + QStringLiteral(" field %1").arg(i));
                }
            }
            QVERIFY2(missing.isEmpty(), qPrintable(language.key() + ": " + missing.join(", ")));
            QCOMPARE(m_source.pairNotes().value(language.key()).size(), m_source.pairNotes().value("en").size());
        }
    }

    void compiledCatalogueAnswersForEveryEntry()
    {
        Catalogue catalogue;
        QString error;
        QVERIFY2(catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error), qPrintable(error));
        for (const Entry &source : m_source.entries()) {
            const auto entry = catalogue.entry(source.code, "ru");
            QVERIFY2(entry, qPrintable(source.code));
            QVERIFY2(entry->untranslated.isEmpty(), qPrintable(source.code + ": " + entry->untranslated.join(',')));
            QCOMPARE(entry->references, source.references);
            QCOMPARE(entry->confusedWith, source.confusedWith);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogueContent)
#include "tst_cataloguecontent.moc"
