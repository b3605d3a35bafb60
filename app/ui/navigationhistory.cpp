#include "navigationhistory.h"

namespace smtpref {

void NavigationHistory::visit(const PageLocation &location)
{
    if (current() == location)
        return;
    m_pages.resize(m_index + 1);
    m_pages.append(location);
    if (m_pages.size() > capacity)
        m_pages.removeFirst();
    m_index = m_pages.size() - 1;
}

void NavigationHistory::replaceCurrent(const PageLocation &location)
{
    if (m_index < 0)
        visit(location);
    else
        m_pages[m_index] = location;
}

std::optional<PageLocation> NavigationHistory::current() const
{
    if (m_index < 0)
        return std::nullopt;
    return m_pages.at(m_index);
}

std::optional<PageLocation> NavigationHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_pages.at(--m_index);
}

std::optional<PageLocation> NavigationHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_pages.at(++m_index);
}

} // namespace smtpref
