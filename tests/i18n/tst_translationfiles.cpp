// The Qt Linguist files are complete: as committed and as lupdate leaves them after reading
// the current sources (copies refreshed by the i18n_lupdate_* fixture), every message is
// translated, none is kept as vanished or obsolete, every plural message has all the forms
// of its language, and no translation loses or gains a placeholder or a keyboard accelerator.
// The English file holds exactly the plural messages, with both English forms.

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or each plural form
};

struct TsFile
{
    QString language; // "ru", from <TS language="ru_RU">
    QList<Message> messages;
};

TsFile readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value("language").toString().section('_', 0, 0);
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, xml.attributes().value("numerus") == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value("type").toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        } else if (name != QLatin1String("context")) {
            xml.skipCurrentElement(); // extracomment, translatorcomment, location ...
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return ts;
}

// Plural forms per language, as Qt's lrelease counts them (qtbase/src/corelib/kernel/
// qtranslator_p.h). A new language adds its count here.
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms{{"en", 2}, {"ru", 3}};
    return forms.value(language, -1);
}

// %1..%9 and %n, with or without L, in order of appearance, sorted: a translation may move them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern("%L?([1-9]|n)");
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

// A menu or button mnemonic: & before a letter or digit, not && and not an HTML entity.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern("(?<!&)&(?!&)(?![a-z]+;|#\\d+;)(?=\\w)",
                                            QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(pattern));
}

QString describe(const Message &message)
{
    return QStringLiteral("[%1] \"%2\"%3")
        .arg(message.context, message.source.left(70),
             message.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message.comment));
}

QStringList tsFiles()
{
    QStringList files = QString(SMTPREF_TRANSLATION_TS).split(',');
    files.append(SMTPREF_PLURALS_TS);
    return files;
}

QString copyAfterLupdate(const QString &path)
{
    return QStringLiteral(SMTPREF_TS_COPY_DIR "/") + QFileInfo(path).fileName();
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void messages_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles()) {
            const QString name = QFileInfo(path).fileName();
            QTest::newRow(qPrintable(name + " as committed")) << path;
            QTest::newRow(qPrintable(name + " after lupdate")) << copyAfterLupdate(path);
        }
    }

    // Every check below is over the messages read here: a file that reads as empty fails.
    void messages()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(path));
        QVERIFY2(pluralForms(ts.language) > 0,
                 qPrintable(QStringLiteral("%1: add the number of plural forms of \"%2\" to pluralForms()")
                                .arg(path, ts.language)));
    }

    void everyMessageTranslated_data() { messages_data(); }
    void everyMessageTranslated()
    {
        QFETCH(QString, path);
        QStringList problems;
        for (const Message &message : readTs(path).messages) {
            if (!message.type.isEmpty())
                problems.append(QStringLiteral("%1 is %2").arg(describe(message), message.type));
            else if (message.forms.isEmpty() || message.forms.contains(QString()))
                problems.append(QStringLiteral("%1 has an empty translation").arg(describe(message)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(path + ":\n" + problems.join('\n')));
    }

    void pluralsHaveEveryForm_data() { messages_data(); }
    void pluralsHaveEveryForm()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QStringList problems;
        for (const Message &message : ts.messages) {
            if (message.numerus && message.forms.size() != pluralForms(ts.language))
                problems.append(QStringLiteral("%1 has %2 plural forms, %3 needs %4")
                                    .arg(describe(message)).arg(message.forms.size())
                                    .arg(ts.language).arg(pluralForms(ts.language)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(path + ":\n" + problems.join('\n')));
    }

    void placeholdersKept_data() { messages_data(); }
    void placeholdersKept()
    {
        QFETCH(QString, path);
        QStringList problems;
        for (const Message &message : readTs(path).messages) {
            for (const QString &form : message.forms) {
                if (form.isEmpty())
                    continue; // reported as untranslated
                if (placeholders(form) != placeholders(message.source))
                    problems.append(QStringLiteral("%1: placeholders %2 in \"%3\"")
                                        .arg(describe(message), placeholders(form).join(','), form));
                if (accelerators(form) != accelerators(message.source))
                    problems.append(QStringLiteral("%1: keyboard accelerator lost or added in \"%2\"")
                                        .arg(describe(message), form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(path + ":\n" + problems.join('\n')));
    }

    // The English file is for plurals only; it has every one of them, as the other files do.
    void englishHoldsExactlyThePlurals()
    {
        const QString english = copyAfterLupdate(SMTPREF_PLURALS_TS);
        const auto key = [](const Message &m) { return QStringList{m.context, m.source, m.comment}.join('\x1f'); };
        QStringList englishKeys;
        for (const Message &message : readTs(english).messages) {
            QVERIFY2(message.numerus, qPrintable(describe(message) + " is not a plural message"));
            englishKeys.append(key(message));
        }
        QVERIFY(!englishKeys.isEmpty());
        for (const QString &path : QString(SMTPREF_TRANSLATION_TS).split(',')) {
            QStringList plurals;
            for (const Message &message : readTs(copyAfterLupdate(path)).messages) {
                if (message.numerus)
                    plurals.append(key(message));
            }
            QCOMPARE(plurals, englishKeys);
        }
    }

    // The checks' own measures, on known text.
    void measures()
    {
        QCOMPARE(placeholders("%2 of %n, %L1"), (QStringList{"1", "2", "n"}));
        QCOMPARE(placeholders("100% sure"), QStringList());
        QCOMPARE(accelerators("&File"), 1);
        QCOMPARE(accelerators("Пере&ход"), 1);
        QCOMPARE(accelerators("Tom && Jerry"), 0);
        QCOMPARE(accelerators("a&nbsp;b"), 0);
        QCOMPARE(accelerators("Copy as plain text"), 0);
        QCOMPARE(pluralForms("ru"), 3);
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
