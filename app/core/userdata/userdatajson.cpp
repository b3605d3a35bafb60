#include "userdatajson.h"

#include "jsonlocator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace smtpref::UserDataJson {

namespace {

// Keys of the file, as documented in docs/user-data-schema.md.
const QString formatKey = QStringLiteral("format");
const QString versionKey = QStringLiteral("version");
const QString customCodesKey = QStringLiteral("custom_codes");
const QString notesKey = QStringLiteral("notes");
const QString favouritesKey = QStringLiteral("favourites");
const QString codeKey = QStringLiteral("code");
const QString titleKey = QStringLiteral("title");
const QString descriptionKey = QStringLiteral("description");
const QString whenKey = QStringLiteral("when");
const QString fixKey = QStringLiteral("fix");
const QString whoActsKey = QStringLiteral("who_acts");
const QString retryKey = QStringLiteral("retry");
const QString retryNoteKey = QStringLiteral("retry_note");
const QString phaseKey = QStringLiteral("phase");
const QString referencesKey = QStringLiteral("references");
const QString relatedKey = QStringLiteral("related");
const QString confusedWithKey = QStringLiteral("confused_with");
const QString updatedKey = QStringLiteral("updated_at");
const QString textKey = QStringLiteral("text");
const QString addedKey = QStringLiteral("added_at");

// A code is one line people can type: no line breaks or other control characters.
constexpr int maxCodeLength = 200;

// A time, where there is one: it is optional on import, and never written as "".
void insertTime(QJsonObject *object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object->insert(key, timestampText(time));
}

QJsonObject customCodeObject(const CustomCode &code)
{
    const Entry &entry = code.entry;
    QJsonObject object{{codeKey, entry.code},
            {titleKey, entry.title},
            {descriptionKey, entry.description},
            {whenKey, entry.when},
            {fixKey, entry.fix},
            {whoActsKey, whoActsId(entry.whoActs)},
            {retryKey, retryId(entry.retry)},
            {retryNoteKey, entry.retryNote},
            {phaseKey, QJsonArray::fromStringList(entry.phases)},
            {referencesKey, QJsonArray::fromStringList(entry.references)},
            {relatedKey, QJsonArray::fromStringList(entry.related)},
            {confusedWithKey, QJsonArray::fromStringList(entry.confusedWith)}};
    insertTime(&object, updatedKey, code.updated);
    return object;
}

// "/custom_codes/2/who_acts" as people read it: "custom_codes[2].who_acts".
QString fieldName(const QString &pointer)
{
    QString name;
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        bool index = false;
        part.toInt(&index);
        if (index)
            name += QLatin1Char('[') + part + QLatin1Char(']');
        else
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + part;
    }
    return name;
}

QString quotedList(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

// Checks the parsed document against the format, noting every problem with its line.
class Checker
{
public:
    Checker(const JsonLocator &locator, const ShippedCode &shippedCode, QList<Problem> *problems)
        : m_locator(locator)
        , m_shippedCode(shippedCode)
        , m_problems(problems)
    {
    }

    void problem(const QString &pointer, const QString &message)
    {
        m_problems->append({m_locator.lineOf(pointer), fieldName(pointer), message});
    }

    UserDataSet document(const QJsonObject &root)
    {
        UserDataSet data;
        knownKeys(root, QString(), {formatKey, versionKey, customCodesKey, notesKey, favouritesKey});
        if (root.value(formatKey) != QJsonValue(formatName())) {
            problem(JsonLocator::child(QString(), formatKey),
                    QCoreApplication::translate("UserDataJson", "this is not an smtpref user-data file: \"format\" must be \"%1\"").arg(formatName()));
        }
        const QJsonValue version = root.value(versionKey);
        const QString versionPointer = JsonLocator::child(QString(), versionKey);
        if (version.isUndefined()) {
            problem(versionPointer, QCoreApplication::translate("UserDataJson", "missing; this format is version %1").arg(formatVersion));
        } else if (!version.isDouble() || version.toDouble() != double(version.toInt())) {
            problem(versionPointer, QCoreApplication::translate("UserDataJson", "must be a whole number"));
        } else if (version.toInt() > formatVersion) {
            problem(versionPointer, QCoreApplication::translate("UserDataJson", "the file was written by a newer smtpref (format version %1); this one reads "
                                       "version %2 and older")
                                        .arg(version.toInt())
                                        .arg(formatVersion));
            return data; // its fields may mean something else: no more checks
        } else if (version.toInt() < 1) {
            problem(versionPointer, QCoreApplication::translate("UserDataJson", "there is no format version %1").arg(version.toInt()));
        }

        forEachObject(root, customCodesKey, [&](const QJsonObject &item, const QString &pointer) {
            if (auto code = customCode(item, pointer))
                data.customCodes.append(*code);
        });
        forEachObject(root, notesKey, [&](const QJsonObject &item, const QString &pointer) {
            knownKeys(item, pointer, {codeKey, textKey, updatedKey});
            NoteRecord note{code(item, pointer, &m_noteCodes), QString(), time(item, pointer, updatedKey)};
            const auto text = string(item, pointer, textKey, true);
            if (text && text->trimmed().isEmpty())
                problem(JsonLocator::child(pointer, textKey), QCoreApplication::translate("UserDataJson", "empty; leave the note out instead"));
            note.text = text.value_or(QString());
            data.notes.append(note);
        });
        forEachObject(root, favouritesKey, [&](const QJsonObject &item, const QString &pointer) {
            knownKeys(item, pointer, {codeKey, addedKey});
            data.favourites.append({code(item, pointer, &m_favouriteCodes), time(item, pointer, addedKey)});
        });
        std::sort(data.customCodes.begin(), data.customCodes.end(),
                  [](const CustomCode &a, const CustomCode &b) { return a.entry.code < b.entry.code; });
        std::sort(data.notes.begin(), data.notes.end(),
                  [](const NoteRecord &a, const NoteRecord &b) { return a.code < b.code; });
        return data;
    }

private:
    void knownKeys(const QJsonObject &object, const QString &pointer, const QStringList &keys)
    {
        for (auto member = object.begin(); member != object.end(); ++member) {
            if (!keys.contains(member.key())) {
                problem(JsonLocator::child(pointer, member.key()),
                        QCoreApplication::translate("UserDataJson", "unknown field; expected one of: %1").arg(quotedList(keys)));
            }
        }
    }

    void forEachObject(const QJsonObject &root, const QString &key,
                       const std::function<void(const QJsonObject &, const QString &)> &read)
    {
        const QJsonValue value = root.value(key);
        const QString pointer = JsonLocator::child(QString(), key);
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(pointer, QCoreApplication::translate("UserDataJson", "must be a list ([...])"));
            return;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPointer = JsonLocator::child(pointer, i);
            if (!items.at(i).isObject())
                problem(itemPointer, QCoreApplication::translate("UserDataJson", "must be an object ({...})"));
            else
                read(items.at(i).toObject(), itemPointer);
        }
    }

    std::optional<QString> string(const QJsonObject &object, const QString &pointer, const QString &key, bool required)
    {
        const QJsonValue value = object.value(key);
        const QString field = JsonLocator::child(pointer, key);
        if (value.isUndefined()) {
            if (required)
                problem(field, QCoreApplication::translate("UserDataJson", "missing"));
            return std::nullopt;
        }
        if (!value.isString()) {
            problem(field, QCoreApplication::translate("UserDataJson", "must be text (\"...\")"));
            return std::nullopt;
        }
        return value.toString();
    }

    QStringList stringList(const QJsonObject &object, const QString &pointer, const QString &key)
    {
        const QJsonValue value = object.value(key);
        const QString field = JsonLocator::child(pointer, key);
        QStringList list;
        if (value.isUndefined())
            return list;
        if (!value.isArray()) {
            problem(field, QCoreApplication::translate("UserDataJson", "must be a list of texts ([\"...\", ...])"));
            return list;
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
                problem(JsonLocator::child(field, i), QCoreApplication::translate("UserDataJson", "must be a text that is not empty"));
            else
                list.append(items.at(i).toString());
        }
        return list;
    }

    QDateTime time(const QJsonObject &object, const QString &pointer, const QString &key)
    {
        const auto text = string(object, pointer, key, false);
        if (!text)
            return {};
        const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
        // Kept and written in UTC, which has no text for a time that its offset moves out of
        // the years 1 to 9999 ("9999-12-31T23:00:00-12:00"): the store would get none.
        if (!time.isValid() || timestampText(time).isEmpty()) {
            problem(JsonLocator::child(pointer, key), QCoreApplication::translate("UserDataJson", "\"%1\" is not a date and time such as "
                                                         "2024-05-01T09:30:00Z").arg(*text));
        }
        return time;
    }

    // A code: required, one line, unique among its list (seen: code -> line of first use).
    QString code(const QJsonObject &object, const QString &pointer, QHash<QString, int> *seen)
    {
        const QString field = JsonLocator::child(pointer, codeKey);
        const QString code = string(object, pointer, codeKey, true).value_or(QString()).trimmed();
        if (!object.value(codeKey).isString())
            return code;
        if (code.isEmpty()) {
            problem(field, QCoreApplication::translate("UserDataJson", "empty"));
            return code;
        }
        bool oneLine = code.size() <= maxCodeLength;
        for (const QChar c : code)
            oneLine = oneLine && !c.isNonCharacter() && c.category() != QChar::Other_Control;
        if (!oneLine)
            problem(field, QCoreApplication::translate("UserDataJson", "must be one line of at most %1 characters").arg(maxCodeLength));
        const auto first = seen->constFind(code);
        if (first != seen->cend())
            problem(field, QCoreApplication::translate("UserDataJson", "\"%1\" appears twice in this list (also on line %2)").arg(code).arg(*first));
        else
            seen->insert(code, m_locator.lineOf(field));
        return code;
    }

    template<typename Enum>
    Enum choice(const QJsonObject &object, const QString &pointer, const QString &key,
                std::optional<Enum> (*fromId)(const QString &), QString (*toId)(Enum), const QList<Enum> &values,
                Enum fallback)
    {
        const auto id = string(object, pointer, key, false);
        if (!id)
            return fallback;
        if (const auto value = fromId(*id))
            return *value;
        QStringList ids;
        for (const Enum value : values)
            ids.append(toId(value));
        problem(JsonLocator::child(pointer, key),
                QCoreApplication::translate("UserDataJson", "unknown value \"%1\"; expected one of: %2").arg(*id, quotedList(ids)));
        return fallback;
    }

    std::optional<CustomCode> customCode(const QJsonObject &item, const QString &pointer)
    {
        knownKeys(item, pointer,
                  {codeKey, titleKey, descriptionKey, whenKey, fixKey, whoActsKey, retryKey, retryNoteKey, phaseKey,
                   referencesKey, relatedKey, confusedWithKey, updatedKey});
        CustomCode custom;
        Entry &entry = custom.entry;
        entry.custom = true;
        entry.code = code(item, pointer, &m_customCodes);
        if (!entry.code.isEmpty() && m_shippedCode) {
            if (const auto shipped = m_shippedCode(entry.code)) {
                problem(JsonLocator::child(pointer, codeKey),
                        QCoreApplication::translate("UserDataJson", "\"%1\" is already in the catalogue (%2); give your own code a name of its own, "
                           "such as \"My %1\"").arg(entry.code, *shipped));
            }
        }
        entry.title = string(item, pointer, titleKey, true).value_or(QString()).trimmed();
        if (item.value(titleKey).isString() && entry.title.isEmpty())
            problem(JsonLocator::child(pointer, titleKey), QCoreApplication::translate("UserDataJson", "empty"));
        entry.description = string(item, pointer, descriptionKey, false).value_or(QString());
        entry.when = string(item, pointer, whenKey, false).value_or(QString());
        entry.fix = string(item, pointer, fixKey, false).value_or(QString());
        entry.retryNote = string(item, pointer, retryNoteKey, false).value_or(QString());
        entry.whoActs = choice<WhoActs>(item, pointer, whoActsKey, &whoActsFromId, &whoActsId,
                                        {WhoActs::Nobody, WhoActs::Sender, WhoActs::SenderAdmin,
                                         WhoActs::RecipientAdmin, WhoActs::Recipient},
                                        WhoActs::Nobody);
        entry.retry = choice<Retry>(item, pointer, retryKey, &retryFromId, &retryId,
                                    {Retry::NotApplicable, Retry::Automatic, Retry::AfterFix, Retry::Never},
                                    Retry::NotApplicable);
        entry.phases = stringList(item, pointer, phaseKey);
        for (qsizetype i = 0; i < entry.phases.size(); ++i) {
            if (!knownPhases().contains(entry.phases.at(i))) {
                problem(JsonLocator::child(JsonLocator::child(pointer, phaseKey), i),
                        QCoreApplication::translate("UserDataJson", "unknown phase \"%1\"; expected some of: %2")
                            .arg(entry.phases.at(i), quotedList(knownPhases())));
            }
        }
        entry.references = stringList(item, pointer, referencesKey);
        entry.related = stringList(item, pointer, relatedKey);
        entry.confusedWith = stringList(item, pointer, confusedWithKey);
        custom.updated = time(item, pointer, updatedKey);
        return custom;
    }

    const JsonLocator &m_locator;
    const ShippedCode &m_shippedCode;
    QList<Problem> *m_problems;
    QHash<QString, int> m_customCodes;
    QHash<QString, int> m_noteCodes;
    QHash<QString, int> m_favouriteCodes;
};

} // namespace

QString formatName()
{
    return QStringLiteral("smtpref-user-data");
}

QString Problem::toString() const
{
    if (field.isEmpty())
        return QCoreApplication::translate("UserDataJson", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("UserDataJson", "line %1: %2: %3").arg(line).arg(field, message);
}

QByteArray write(const UserDataSet &data)
{
    QJsonArray customCodes;
    for (const CustomCode &code : data.customCodes)
        customCodes.append(customCodeObject(code));
    QJsonArray notes;
    for (const NoteRecord &note : data.notes) {
        QJsonObject object{{codeKey, note.code}, {textKey, note.text}};
        insertTime(&object, updatedKey, note.updated);
        notes.append(object);
    }
    QJsonArray favourites;
    for (const FavouriteRecord &favourite : data.favourites) {
        QJsonObject object{{codeKey, favourite.code}};
        insertTime(&object, addedKey, favourite.added);
        favourites.append(object);
    }
    const QJsonObject root{{formatKey, formatName()},
                           {versionKey, formatVersion},
                           {customCodesKey, customCodes},
                           {notesKey, notes},
                           {favouritesKey, favourites}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<UserDataSet> read(const QByteArray &json, const ShippedCode &shippedCode, QList<Problem> *problems)
{
    const qsizetype problemsBefore = problems->size();
    if (json.size() > maxSize) {
        problems->append({1, QString(), QCoreApplication::translate("UserDataJson", "the file is larger than %1 MB; this cannot be smtpref user data")
                                            .arg(maxSize / (1024 * 1024))});
        return std::nullopt;
    }
    // A byte order mark is tolerated: some editors write one.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems->append({JsonLocator::lineAt(text, parseError.offset), QString(),
                          QCoreApplication::translate("UserDataJson", "not valid JSON: %1").arg(parseError.errorString())});
        return std::nullopt;
    }
    const JsonLocator locator(text);
    Checker checker(locator, shippedCode, problems);
    if (!document.isObject()) {
        checker.problem(QString(), QCoreApplication::translate("UserDataJson", "the file must hold one object ({...})"));
        return std::nullopt;
    }
    UserDataSet data = checker.document(document.object());
    if (problems->size() != problemsBefore) {
        std::stable_sort(problems->begin() + problemsBefore, problems->end(),
                         [](const Problem &a, const Problem &b) { return a.line < b.line; });
        return std::nullopt;
    }
    return data;
}

} // namespace smtpref::UserDataJson
