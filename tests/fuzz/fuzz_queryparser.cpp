// Whatever is typed or pasted into the search field, read as UTF-8 (what people type) and as
// UTF-16 (any QString at all: NULs, lone surrogates), goes through QueryParser::parse,
// SearchEngine::search over the shipped catalogue (codes, then FTS5) and Catalogue::lookup.
// Nothing may crash, no SQL statement may fail (an FTS5 syntax error included: every word
// must reach FTS5 as a quoted term), and parser and search keep the promises of their headers.

#include "catalogue.h"
#include "fuzzsupport.h"
#include "queryparser.h"
#include "searchengine.h"

#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace smtpref;

namespace {

constexpr int limit = 20;

struct ShippedSearch
{
    ShippedSearch()
    {
        QString error;
        FUZZ_CHECK(catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error), error);
    }

    fuzz::Environment environment;
    Catalogue catalogue;
    SearchEngine engine{catalogue};
};

bool isDigits(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

void checkParsed(const QString &text)
{
    const ParsedQuery parsed = QueryParser::parse(text);
    for (qsizetype i = 0; i < parsed.codes.size(); ++i) {
        const CodeQuery &code = parsed.codes.at(i);
        FUZZ_CHECK(!parsed.codes.mid(i + 1).contains(code), QStringLiteral("code repeated: ") + code.value);
        FUZZ_CHECK(!code.value.isEmpty(), text);
        switch (code.kind) {
        case CodeQuery::Kind::ReplyExact:
        case CodeQuery::Kind::ReplyPrefix:
            FUZZ_CHECK(isDigits(code.value) && code.value.size() <= 3, code.value);
            FUZZ_CHECK(code.value.front() >= QLatin1Char('2') && code.value.front() <= QLatin1Char('5'), code.value);
            break;
        case CodeQuery::Kind::StatusExact:
        case CodeQuery::Kind::StatusPrefix:
            FUZZ_CHECK(isDigits(QString(code.value).remove(QLatin1Char('.'))), code.value);
            FUZZ_CHECK(code.replyClass == 0 || code.replyClass == 2 || code.replyClass == 4 || code.replyClass == 5,
                       QString::number(code.replyClass));
            break;
        }
    }
    // Words go into FTS5 expressions between quotes: they must hold no quote or space.
    for (const QString &word : parsed.words) {
        FUZZ_CHECK(!word.isEmpty(), text);
        FUZZ_CHECK(!word.contains(QLatin1Char('"')), word);
        FUZZ_CHECK(std::none_of(word.begin(), word.end(), [](QChar c) { return c.isSpace(); }), word);
    }
}

void checkSearched(const ShippedSearch &search, const QString &text)
{
    const SearchResult result = search.engine.search(text, QStringLiteral("ru"), limit);
    FUZZ_CHECK(result.hits.size() <= limit, text);
    QSet<qint64> ids;
    for (qsizetype i = 0; i < result.hits.size(); ++i) {
        const SearchHit &hit = result.hits.at(i);
        FUZZ_CHECK(!ids.contains(hit.id), QStringLiteral("entry listed twice: ") + hit.summary.code);
        ids.insert(hit.id);
        FUZZ_CHECK(!hit.summary.code.isEmpty(), text);
        // Exact codes, then code prefixes, then titles, then text.
        FUZZ_CHECK(i == 0 || result.hits.at(i - 1).match <= hit.match, hit.summary.code);
    }
    if (const auto entry = search.catalogue.lookup(text, QStringLiteral("ru")))
        FUZZ_CHECK(!entry->code.isEmpty(), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ShippedSearch search;
    const auto bytes = reinterpret_cast<const char *>(data);
    const QString typed = QString::fromUtf8(bytes, qsizetype(size));
    QString anyText(qsizetype(size / sizeof(QChar)), Qt::Uninitialized);
    if (!anyText.isEmpty())
        std::memcpy(anyText.data(), data, size_t(anyText.size()) * sizeof(QChar));
    for (const QString &text : {typed, anyText}) {
        checkParsed(text);
        checkSearched(search, text);
    }
    return 0;
}
