#include "combinedsearch.h"

#include "catalogue.h"

#include <algorithm>

namespace smtpref {

CombinedSearch::CombinedSearch(const Catalogue &catalogue)
    : m_catalogue(catalogue)
    , m_shipped(catalogue)
{
}

SearchResult CombinedSearch::search(const QString &query, const QString &language, int limit) const
{
    SearchResult result = m_shipped.search(query, language, limit);
    const Catalogue *custom = m_catalogue.custom();
    if (!custom)
        return result;
    // The user's codes are few and the file is replaced whenever they change: an engine of
    // the moment costs less than keeping one in step with the file.
    const SearchResult own = SearchEngine(*custom).search(query, language, limit);

    result.hits += own.hits;
    std::stable_sort(result.hits.begin(), result.hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.match < b.match; });
    if (result.hits.size() > limit)
        result.hits.resize(limit);

    for (const QString &term : own.terms) {
        if (!result.terms.contains(term))
            result.terms.append(term);
    }
    for (const Correction &correction : own.corrections) {
        auto same = std::find_if(result.corrections.begin(), result.corrections.end(),
                                 [&correction](const Correction &c) { return c.typed == correction.typed; });
        if (same == result.corrections.end()) {
            result.corrections.append(correction);
            continue;
        }
        for (const QString &word : correction.searched) {
            if (!same->searched.contains(word))
                same->searched.append(word);
        }
    }
    return result;
}

} // namespace smtpref
