#include "typocorrector.h"

#include <algorithm>

namespace smtpref {

void TypoCorrector::setVocabulary(std::vector<std::pair<QString, int>> words)
{
    m_words = std::move(words);
    std::sort(m_words.begin(), m_words.end());
}

bool TypoCorrector::knows(const QString &word, bool asPrefix) const
{
    const auto it = std::lower_bound(m_words.begin(), m_words.end(), word,
                                     [](const auto &entry, const QString &w) { return entry.first < w; });
    if (it == m_words.end())
        return false;
    return asPrefix ? it->first.startsWith(word) : it->first == word;
}

int TypoCorrector::allowedEdits(int length)
{
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

int TypoCorrector::distance(QStringView a, QStringView b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows suffice for adjacent transpositions.
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMinimum = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, previous2[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList TypoCorrector::corrections(const QString &word, bool asPrefix, int max) const
{
    const int limit = allowedEdits(int(word.size()));
    if (limit == 0)
        return {};
    struct Candidate
    {
        int distance;
        int rows;
        QString word;
    };
    std::vector<Candidate> candidates;
    for (const auto &[known, rows] : m_words) {
        if (known.size() < word.size() - limit)
            continue;
        if (!asPrefix && known.size() > word.size() + limit)
            continue;
        // For an unfinished word compare with the beginning of the known word, allowing
        // the typed part to be one or two letters longer or shorter.
        int best = limit + 1;
        QString match = known;
        if (asPrefix) {
            for (int extra = -limit; extra <= limit; ++extra) {
                const qsizetype length = word.size() + extra;
                if (length <= 0 || length > known.size())
                    continue;
                const int d = distance(word, QStringView(known).left(length), limit);
                // On a tie the longer beginning is the more specific prefix.
                if (d < best || (d == best && length > match.size())) {
                    best = d;
                    match = known.left(length);
                }
            }
        } else {
            best = distance(word, known, limit);
        }
        if (best <= limit)
            candidates.push_back({best, rows, match});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.rows != b.rows)
            return a.rows > b.rows;
        return a.word < b.word;
    });
    QStringList result;
    for (const Candidate &candidate : candidates) {
        if (result.size() == max)
            break;
        if (!result.contains(candidate.word))
            result.append(candidate.word);
    }
    return result;
}

} // namespace smtpref
