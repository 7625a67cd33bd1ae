# The one version of StudyLedger is project(VERSION …) in the top CMakeLists.txt. It reaches the
# code through a generated header, StudyLedgerVersion.h (target sl_version): `--version` of both
# programs, Help › About, the data packages' program_version and the .deb (cmake/Packaging.cmake).
# Changing the version rewrites the header, and only its includers are compiled again.
# The licence (SPDX identifier) that Help › About shows and the package declares.
set(SL_LICENSE "GPL-3.0-or-later")
configure_file(${CMAKE_CURRENT_LIST_DIR}/StudyLedgerVersion.h.in
               ${CMAKE_BINARY_DIR}/generated/StudyLedgerVersion.h @ONLY)
add_library(sl_version INTERFACE)
target_include_directories(sl_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
