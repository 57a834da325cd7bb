# CPack: a Debian 12 package of what `cmake --install` puts in place (scripts/package makes it).
# The shared-library dependencies are computed by dpkg-shlibdeps from the executables; the Qt
# plugins the app loads at run time (the SQLite driver, SVG icons) are not linked, so they are
# declared by hand (the xcb platform plugin comes with libqt6gui6).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "modelarts-desktop")
set(CPACK_PACKAGE_VENDOR "ModelArts Desktop")
set(CPACK_PACKAGE_CONTACT "ModelArts Desktop maintainers <modelarts-desktop@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Native desktop console for Huawei Cloud ModelArts")
# Lines of at most 80 characters (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
    "Trains models, manages dedicated resource pools and notebooks on Huawei Cloud\n\
ModelArts Standard. Includes modelarts-local, a local backend speaking the same\n\
REST API, to try every page offline.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # modelarts-desktop_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://support.huaweicloud.com/intl/en-us/modelarts/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # libqt6*, libqcustomplot2.1-qt6, libqt6keychain1, libc6 ...
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Prometheus (metrics queries of the local backend) and Jupyter (notebooks on the local pool)
# make the Local profile complete; the app says what is missing without them. The QPA plugins
# bring the desktop's input methods and platform theme.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "prometheus, jupyter-notebook, qt6-qpa-plugins")
# Qt's own translations (dialog buttons in Chinese); a Secret Service for the saved secrets
# (without one the app keeps them in memory for the session).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-translations-l10n, gnome-keyring | kwalletmanager")

# Only the application: no headers or static libraries of the build go into the package.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
# `cmake --install` and CPack do not build the whole tree (tests, benchmarks) first;
# scripts/package builds the two executables before it calls CPack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# Debian Policy 12.5: every package carries /usr/share/doc/<package>/copyright.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/resources/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/modelarts-desktop)

include(CPack)
