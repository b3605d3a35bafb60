#pragma once

#include "pagelocation.h"

#include <QList>

#include <optional>

namespace smtpref {

// Back and forward through the pages of this session, as in a web browser: visiting a
// page after going back drops the pages ahead.
class NavigationHistory
{
public:
    void visit(const PageLocation &location);
    // Replaces the current page without a new step: a comparison that was waiting for its
    // second code is the same step once the code is chosen.
    void replaceCurrent(const PageLocation &location);

    std::optional<PageLocation> current() const;
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_pages.size(); }
    // Steps and returns the page to show; nothing when there is no step to take.
    std::optional<PageLocation> back();
    std::optional<PageLocation> forward();

    // A session is long but not endless: the oldest steps go first.
    static constexpr int capacity = 200;

private:
    QList<PageLocation> m_pages;
    qsizetype m_index = -1;
};

} // namespace smtpref
