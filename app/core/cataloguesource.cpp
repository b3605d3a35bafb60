#include "cataloguesource.h"

#include "codeformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace smtpref {

namespace {

const QStringList entryFamilies{QStringLiteral("basic"), QStringLiteral("enhanced"),
                                QStringLiteral("provider")};

// Reads one JSON object file; a syntax error is reported with its line number.
std::optional<QJsonObject> readObject(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = data.left(parseError.offset).count('\n') + 1;
        errors->append(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append(QStringLiteral("%1: the top level must be an object").arg(path));
        return std::nullopt;
    }
    return document.object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString().trimmed());
    return list;
}

// Text fields shared by English entries and translations.
void readTexts(const QJsonObject &object, Entry *entry)
{
    entry->title = object.value(QLatin1String("title")).toString().trimmed();
    entry->description = object.value(QLatin1String("description")).toString().trimmed();
    entry->when = object.value(QLatin1String("when")).toString().trimmed();
    entry->fix = object.value(QLatin1String("fix")).toString().trimmed();
    entry->retryNote = object.value(QLatin1String("retry_note")).toString().trimmed();
    entry->warning = object.value(QLatin1String("warning")).toString().trimmed();
}

bool isWellFormedReference(const QString &reference, Family family)
{
    static const QRegularExpression rfc(QStringLiteral("^RFC [0-9]{3,4} §[0-9]+(\\.[0-9]+)*$"));
    if (reference.startsWith(QLatin1String("RFC")))
        return rfc.match(reference).hasMatch();
    if (reference.startsWith(QLatin1String("IANA")))
        return true;
    // Provider replies rest on the provider's own documents, cited by title or address.
    return family == Family::Provider && !reference.isEmpty();
}

} // namespace

bool CatalogueSource::load(const QString &dir, QStringList *errors)
{
    const qsizetype errorsBefore = errors->size();
    m_entries.clear();
    m_translations.clear();
    m_pairNotes.clear();

    const QDir root(dir);
    for (const QString &family : entryFamilies) {
        loadEntries(root.filePath(QStringLiteral("en/%1.json").arg(family)),
                    *familyFromId(family), errors);
    }
    loadPairs(root.filePath(QStringLiteral("en/pairs.json")), QStringLiteral("en"), errors);

    const QStringList languages = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &language : languages) {
        if (language == QLatin1String("en"))
            continue;
        const QDir languageDir(root.filePath(language));
        for (const QString &family : entryFamilies) {
            const QString path = languageDir.filePath(family + QStringLiteral(".json"));
            if (QFileInfo::exists(path))
                loadTranslation(path, language, errors);
        }
        const QString pairs = languageDir.filePath(QStringLiteral("pairs.json"));
        if (QFileInfo::exists(pairs))
            loadPairs(pairs, language, errors);
    }
    checkReferences(errors);
    return errors->size() == errorsBefore;
}

void CatalogueSource::loadEntries(const QString &path, Family family, QStringList *errors)
{
    const auto object = readObject(path, errors);
    if (!object)
        return;
    const QJsonArray items = object->value(QLatin1String("entries")).toArray();
    if (items.isEmpty())
        errors->append(QStringLiteral("%1: no \"entries\"").arg(path));

    for (const QJsonValue &item : items) {
        const QJsonObject json = item.toObject();
        Entry entry;
        entry.family = family;
        entry.language = QStringLiteral("en");
        entry.code = json.value(QLatin1String("code")).toString().trimmed();
        readTexts(json, &entry);
        const auto fail = [&](const QString &field, const QString &what) {
            errors->append(QStringLiteral("%1: %2: %3: %4").arg(path, entry.code, field, what));
        };

        switch (family) {
        case Family::Basic:
            if (!CodeFormat::isReplyCode(entry.code))
                fail(QStringLiteral("code"), QStringLiteral("not a 3-digit reply code"));
            entry.reply = entry.code;
            entry.replyClass = entry.code.left(1).toInt();
            break;
        case Family::Enhanced: {
            const auto enhanced = CodeFormat::parseEnhanced(entry.code);
            if (!enhanced || enhanced->replyClass != 0 || !entry.code.startsWith(QLatin1Char('X')))
                fail(QStringLiteral("code"), QStringLiteral("not of the form X.<subject>.<detail>"));
            entry.status = entry.code;
            break;
        }
        case Family::Provider:
            entry.provider = json.value(QLatin1String("provider")).toString().trimmed();
            entry.reply = json.value(QLatin1String("reply")).toString().trimmed();
            entry.status = json.value(QLatin1String("status")).toString().trimmed();
            entry.source = json.value(QLatin1String("source")).toString().trimmed();
            if (entry.provider.isEmpty())
                fail(QStringLiteral("provider"), QStringLiteral("empty"));
            if (entry.source.isEmpty())
                fail(QStringLiteral("source"), QStringLiteral("empty"));
            if (!CodeFormat::isReplyCode(entry.reply))
                fail(QStringLiteral("reply"), QStringLiteral("not a 3-digit reply code"));
            if (!entry.status.isEmpty()) {
                const auto enhanced = CodeFormat::parseEnhanced(entry.status);
                if (!enhanced || enhanced->replyClass == 0)
                    fail(QStringLiteral("status"), QStringLiteral("not an enhanced status such as 5.7.26"));
            }
            entry.replyClass = entry.reply.left(1).toInt();
            break;
        }

        const auto whoActs = whoActsFromId(json.value(QLatin1String("who_acts")).toString());
        const auto retry = retryFromId(json.value(QLatin1String("retry")).toString());
        if (!whoActs)
            fail(QStringLiteral("who_acts"), QStringLiteral("unknown value"));
        if (!retry)
            fail(QStringLiteral("retry"), QStringLiteral("unknown value"));
        entry.whoActs = whoActs.value_or(WhoActs::Nobody);
        entry.retry = retry.value_or(Retry::NotApplicable);
        entry.phases = stringList(json.value(QLatin1String("phase")));
        entry.references = stringList(json.value(QLatin1String("references")));
        entry.related = stringList(json.value(QLatin1String("related")));
        entry.confusedWith = stringList(json.value(QLatin1String("confused_with")));
        entry.deprecated = json.value(QLatin1String("deprecated")).toBool(false);

        const std::pair<const char *, const QString *> requiredTexts[] = {
            {"title", &entry.title}, {"description", &entry.description}, {"when", &entry.when},
            {"fix", &entry.fix}, {"retry_note", &entry.retryNote}};
        for (const auto &[field, text] : requiredTexts) {
            if (text->isEmpty())
                fail(QString::fromLatin1(field), QStringLiteral("empty"));
        }
        if (entry.phases.isEmpty())
            fail(QStringLiteral("phase"), QStringLiteral("empty"));
        for (const QString &phase : std::as_const(entry.phases)) {
            if (!knownPhases().contains(phase))
                fail(QStringLiteral("phase"), QStringLiteral("unknown phase \"%1\"").arg(phase));
        }
        if (entry.references.isEmpty())
            fail(QStringLiteral("references"), QStringLiteral("empty"));
        for (const QString &reference : std::as_const(entry.references)) {
            if (!isWellFormedReference(reference, family))
                fail(QStringLiteral("references"), QStringLiteral("\"%1\" is not of the form \"RFC 5321 §4.2.3\"").arg(reference));
        }
        if (entry.deprecated && family != Family::Enhanced)
            fail(QStringLiteral("deprecated"), QStringLiteral("only registry codes can be deprecated"));
        m_entries.append(entry);
    }
}

void CatalogueSource::loadTranslation(const QString &path, const QString &language,
                                      QStringList *errors)
{
    const auto object = readObject(path, errors);
    if (!object)
        return;
    QHash<QString, Entry> &texts = m_translations[language];
    const QJsonArray items = object->value(QLatin1String("entries")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject json = item.toObject();
        Entry entry;
        entry.code = json.value(QLatin1String("code")).toString().trimmed();
        entry.language = language;
        readTexts(json, &entry);
        if (texts.contains(entry.code))
            errors->append(QStringLiteral("%1: %2: code: translated twice").arg(path, entry.code));
        texts.insert(entry.code, entry);
    }
}

void CatalogueSource::loadPairs(const QString &path, const QString &language, QStringList *errors)
{
    const auto object = readObject(path, errors);
    if (!object)
        return;
    QList<PairNote> &notes = m_pairNotes[language];
    const QJsonArray items = object->value(QLatin1String("pairs")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject json = item.toObject();
        PairNote note{json.value(QLatin1String("a")).toString().trimmed(),
                      json.value(QLatin1String("b")).toString().trimmed(),
                      json.value(QLatin1String("note")).toString().trimmed()};
        if (note.note.isEmpty())
            errors->append(QStringLiteral("%1: %2/%3: note: empty").arg(path, note.a, note.b));
        notes.append(note);
    }
}

void CatalogueSource::checkReferences(QStringList *errors) const
{
    QSet<QString> codes;
    for (const Entry &entry : m_entries) {
        if (codes.contains(entry.code))
            errors->append(QStringLiteral("%1: code: appears twice").arg(entry.code));
        codes.insert(entry.code);
    }
    for (const Entry &entry : m_entries) {
        const std::pair<const char *, const QStringList *> relations[] = {
            {"related", &entry.related}, {"confused_with", &entry.confusedWith}};
        for (const auto &[field, targets] : relations) {
            for (const QString &target : *targets) {
                if (!codes.contains(target) || target == entry.code) {
                    errors->append(QStringLiteral("%1: %2: \"%3\" is not another catalogue code")
                                       .arg(entry.code, QString::fromLatin1(field), target));
                }
            }
        }
    }
    for (auto language = m_translations.cbegin(); language != m_translations.cend(); ++language) {
        for (const Entry &text : language.value()) {
            if (!codes.contains(text.code))
                errors->append(QStringLiteral("%1: %2: translation of an unknown code")
                                   .arg(language.key(), text.code));
        }
    }
    for (auto language = m_pairNotes.cbegin(); language != m_pairNotes.cend(); ++language) {
        QSet<QString> seen;
        for (const PairNote &note : language.value()) {
            if (!codes.contains(note.a) || !codes.contains(note.b) || note.a == note.b)
                errors->append(QStringLiteral("%1: pair %2/%3: unknown code").arg(language.key(), note.a, note.b));
            const QString key = note.a < note.b ? note.a + QLatin1Char('|') + note.b
                                                : note.b + QLatin1Char('|') + note.a;
            if (seen.contains(key))
                errors->append(QStringLiteral("%1: pair %2/%3: noted twice").arg(language.key(), note.a, note.b));
            seen.insert(key);
        }
    }
}

} // namespace smtpref
