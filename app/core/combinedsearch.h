#pragma once

#include "searchengine.h"

namespace smtpref {

class Catalogue;

// Searches the shipped catalogue and, when one is open beside it (Catalogue::openCustom),
// the user's own codes, with the same engine and ranking, and merges the two answers:
// by how they matched (exact code, code prefix, title, text), shipped entries first within
// each kind. Hits of the user's codes carry summary.custom.
class CombinedSearch
{
public:
    explicit CombinedSearch(const Catalogue &catalogue);

    SearchResult search(const QString &query, const QString &language, int limit) const;
    // See SearchEngine::prepare().
    void prepare() const { m_shipped.prepare(); }

private:
    const Catalogue &m_catalogue;
    SearchEngine m_shipped;
};

} // namespace smtpref
