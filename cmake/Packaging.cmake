# What `cmake --install BUILD --prefix PREFIX` lays out, and the Debian package `cpack` builds
# from it (docs/installing.md):
#   PREFIX/bin/studyledger, PREFIX/bin/studyledger-cli            (src/app, src/cli)
#   PREFIX/share/studyledger/translations/studyledger_zh_CN.qm   (found relative to the program:
#                                                                 gui/common/TranslationFiles.h)
#   PREFIX/share/icons/hicolor/NxN/apps/studyledger.png, …/scalable/apps/studyledger.svg
#   PREFIX/share/applications/studyledger.desktop
set(SL_ICONS ${CMAKE_SOURCE_DIR}/resources/icons)

if(TARGET studyledger)
  # The catalogue qt_add_translations releases into sl_gui's build folder (and embeds as well).
  get_target_property(sl_gui_binary_dir sl_gui BINARY_DIR)
  install(FILES ${sl_gui_binary_dir}/studyledger_zh_CN.qm
          DESTINATION ${CMAKE_INSTALL_DATADIR}/studyledger/translations)
  # studyledger-N.png, as scripts/render-icons.sh renders them.
  file(GLOB sl_icon_pngs CONFIGURE_DEPENDS ${SL_ICONS}/studyledger-*.png)
  foreach(png ${sl_icon_pngs})
    string(REGEX REPLACE ".*studyledger-([0-9]+)\\.png$" "\\1" size ${png})
    install(FILES ${png}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME studyledger.png)
  endforeach()
  install(FILES ${SL_ICONS}/studyledger.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/studyledger.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
endif()

# The .deb: `cpack -G DEB --config BUILD/CPackConfig.cmake` (in BUILD: `cpack -G DEB`).
set(CPACK_PACKAGE_NAME studyledger)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "StudyLedger")
set(CPACK_PACKAGE_CONTACT "StudyLedger maintainers <studyledger@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "study ledger (学习台账) of Party organisations: plans, sessions, attendance, assessment")
# The long description, its lines as `apt show` shows them under the summary.
set(CPACK_PACKAGE_DESCRIPTION
    "StudyLedger keeps the study ledger of a Party organisation in a SQLite file:
study plans, sessions and their attendance, make-up study, self-study,
writings, the yearly assessment and the study bulletins, with the documents
(PDF, ODT) that higher committees ask for.
.
It has a desktop program (studyledger, in the menu as 学习台账) and a command
line (studyledger-cli).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY studyledger)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES /build/ /\\.git/ /\\.cache/)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # studyledger_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps (package dpkg-dev) names the libraries the binaries link: Qt, SQLite, QuaZip,
# qpdf, libsodium … What it cannot see is listed here: the plugins Qt loads (the SQLite driver,
# the window-system platform), libxlsxwriter (dlopen: src/exchange/XlsxLibrary.h) and the
# Chinese fonts of the documents and the interface (ARCHITECTURE.md: fonts-noto-cjk).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libxlsxwriter4, fonts-noto-cjk")
# Faces whose PDF text extracts as written (src/report/DocumentFonts.h), preferred when present.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-arphic-uming, fonts-wqy-zenhei")
include(CPack)
