#include "terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

namespace smtpref::Terminal {

int width()
{
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return std::min<int>(size.ws_col, 100);
    return 80;
}

} // namespace smtpref::Terminal
