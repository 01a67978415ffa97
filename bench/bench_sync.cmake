# bench_sync pushes a store of queued registrations to the real fieldenrol-central process through a
# byte-counting loopback proxy; it reuses the sync test support (service process, proxy).
if(TARGET fieldenrol_test_support_sync)
  add_executable(bench_sync ${CMAKE_CURRENT_SOURCE_DIR}/bench_sync.cpp)
  target_link_libraries(bench_sync PRIVATE FieldEnrol::test_support_sync FieldEnrol::sync FieldEnrol::core
                                           FieldEnrol::options)
  target_compile_definitions(bench_sync PRIVATE FIELDENROL_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
else()
  message(STATUS "bench_sync skipped: it needs FIELDENROL_BUILD_TESTS=ON (sync test support)")
endif()
