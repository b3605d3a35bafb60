#include "syntheticcatalogue.h"

#include "cataloguebuilder.h"
#include "catalogueschema.h"
#include "cataloguesource.h"
#include "textfold.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <vector>

using namespace smtpref;

namespace {

// Bump when the generated entries change, so older files are not reused.
constexpr int generatorVersion = 1;
// Replies per made-up provider: the shipped providers have between a few and a dozen.
constexpr int repliesPerProvider = 12;

// Words drawn by how often they occur in a sample of text.
class WordSampler
{
public:
    void add(const QString &text)
    {
        for (const QString &word : TextFold::words(text))
            ++m_counts[word];
    }

    void freeze()
    {
        qint64 total = 0;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            total += it.value();
            m_words.push_back(it.key());
            m_cumulative.push_back(total);
        }
    }

    const QString &draw(QRandomGenerator &random) const
    {
        const qint64 pick = qint64(random.bounded(quint64(m_cumulative.back())));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), pick);
        return m_words.at(std::size_t(it - m_cumulative.begin()));
    }

private:
    QMap<QString, qint64> m_counts; // ordered: the same source always gives the same draws
    std::vector<QString> m_words;
    std::vector<qint64> m_cumulative;
};

// As many sentences as the shipped text had words, in words of the sample.
QString prose(const QString &shape, const WordSampler &words, QRandomGenerator &random)
{
    const qsizetype count = TextFold::words(shape).size();
    QString text;
    int sentence = 0;
    for (qsizetype i = 0; i < count; ++i) {
        QString word = words.draw(random);
        if (sentence == 0)
            word[0] = word[0].toUpper();
        text += word;
        ++sentence;
        if (i + 1 == count || (sentence > 8 && random.bounded(10) == 0)) {
            text += QStringLiteral(". ");
            sentence = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    return text.trimmed();
}

// What provider replies carry besides words: host names, ticket numbers, addresses.
QString providerDetail(int number, const WordSampler &words, QRandomGenerator &random)
{
    switch (random.bounded(4)) {
    case 0: return QStringLiteral(" See https://%1.example/help/%2.").arg(words.draw(random)).arg(number);
    case 1: return QStringLiteral(" Reference: AB%1.").arg(random.bounded(100000, 999999));
    case 2: return QStringLiteral(" Reported by mx%1.%2.example.").arg(random.bounded(1, 30)).arg(words.draw(random));
    default: return QString();
    }
}

Entry generated(int number, const Entry &shape, const WordSampler &titles, const WordSampler &bodies,
                QRandomGenerator &random)
{
    Entry entry = shape;
    entry.family = Family::Provider;
    const int provider = number / repliesPerProvider;
    QString brand = titles.draw(random);
    brand[0] = brand[0].toUpper();
    entry.provider = QStringLiteral("%1 Mail %2").arg(brand).arg(provider);
    if (entry.reply.isEmpty())
        entry.reply = QStringLiteral("%1%2%3").arg(shape.replyClass ? shape.replyClass : 5).arg(random.bounded(5)).arg(random.bounded(10));
    if (entry.replyClass == 0)
        entry.replyClass = entry.reply.at(0).digitValue();
    // An enhanced status of the reply's class, as providers write it.
    if (!entry.status.isEmpty())
        entry.status = QString::number(entry.replyClass) + entry.status.mid(1);
    entry.code = QStringLiteral("%1 %2%3 (%4)")
                     .arg(entry.provider, entry.reply,
                          entry.status.isEmpty() ? QString() : QLatin1Char(' ') + entry.status)
                     .arg(number);
    entry.title = prose(shape.title, titles, random).chopped(1); // no full stop
    entry.description = prose(shape.description, bodies, random) + providerDetail(number, bodies, random);
    entry.when = prose(shape.when, bodies, random);
    entry.fix = prose(shape.fix, bodies, random);
    entry.retryNote = prose(shape.retryNote, bodies, random);
    entry.warning = shape.warning.isEmpty() ? QString() : prose(shape.warning, bodies, random);
    entry.source = QStringLiteral("%1 postmaster pages").arg(entry.provider);
    entry.deprecated = false;
    return entry;
}

// Changes whenever the catalogue source does.
QString sourceDigest(const QString &sourceDir)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList files;
    QDirIterator it(sourceDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(file);
        hash.addData(QStringLiteral("%1 %2 %3\n")
                         .arg(info.filePath())
                         .arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch())
                         .toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

} // namespace

namespace SyntheticCatalogue {

QString make(const QString &sourceDir, int entries, const QString &workDir, QString *error)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("synthetic-%1-v%2.%3-%4.sqlite")
                                                    .arg(entries)
                                                    .arg(generatorVersion)
                                                    .arg(CatalogueSchema::version)
                                                    .arg(sourceDigest(sourceDir)));
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(workDir);

    CatalogueSource source;
    QStringList errors;
    if (!source.load(sourceDir, &errors)) {
        *error = errors.join(QLatin1Char('\n'));
        return {};
    }
    WordSampler titles;
    WordSampler bodies;
    for (const Entry &entry : source.entries()) {
        titles.add(entry.title);
        for (const QString *text : {&entry.description, &entry.when, &entry.fix, &entry.retryNote, &entry.warning})
            bodies.add(*text);
    }
    titles.freeze();
    bodies.freeze();

    QList<Entry> all = source.entries();
    const QList<Entry> shapes = all;
    QRandomGenerator random(20261128); // fixed: the same catalogue every run
    for (int number = int(all.size()); number < entries; ++number) {
        const Entry &shape = shapes.at(random.bounded(int(shapes.size())));
        all.append(generated(number, shape, titles, bodies, random));
    }
    if (!CatalogueBuilder::build(all, source.translations(), source.pairNotes(), path, error))
        return {};
    return path;
}

} // namespace SyntheticCatalogue
