# CPack: a Debian package of what "cmake --install" lays out (see README, "Install").
#
#   cmake --build build && (cd build && cpack -G DEB)
#
# Depends: with dpkg-shlibdeps (Debian: dpkg-dev) the libraries the binary links are found by
# dpkg-shlibdeps and the list below adds what it cannot see (plugins Qt loads at run time);
# without it (or with "cpack -G DEB -D SMTPREF_SHLIBDEPS=OFF") the whole list is spelt out.
# The choice is made when cpack runs, in CPackProjectConfig.cmake.

set(CPACK_PACKAGE_NAME smtpref)
set(CPACK_PACKAGE_VENDOR "The smtpref developers")
set(CPACK_PACKAGE_CONTACT "The smtpref developers <smtpref@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop reference for SMTP reply codes")
set(CPACK_PACKAGE_DESCRIPTION
"Type or paste an SMTP reply code such as 530 or 5.7.1, or a whole reply line
from a bounce message, and see what it means, when it happens, how to fix it,
who must act, whether to retry, and how it differs from the code it is easily
confused with.

The catalogue covers the reply codes of RFC 5321 and its extensions, the IANA
SMTP Enhanced Status Codes registry, and replies of the large mail providers.
The same program answers on the command line, in text or JSON, and works
offline, in English and Russian.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Run time only: the xcb and wayland platform plugins (without them the window cannot open),
# the SQLite driver Qt loads for the catalogue, and SQLite with FTS5.
set(SMTPREF_DEB_PLUGIN_DEPENDS
    "qt6-qpa-plugins (>= 6.4.0), libqt6sql6-sqlite (>= 6.4.0), libsqlite3-0 (>= 3.9)")
# What dpkg-shlibdeps finds for the binary on Debian 12, for machines without it.
set(SMTPREF_DEB_LIBRARY_DEPENDS
    "libc6 (>= 2.34), libgcc-s1 (>= 3.0), libqt6core6 (>= 6.4.0), libqt6gui6 (>= 6.1.2), libqt6network6 (>= 6.1.2), libqt6printsupport6 (>= 6.1.2), libqt6sql6 (>= 6.1.2), libqt6widgets6 (>= 6.3.0), libstdc++6 (>= 5)")
# Qt's own texts (standard dialogs, buttons) in Russian.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

configure_file(${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake.in
    ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackProjectConfig.cmake)

include(CPack)
