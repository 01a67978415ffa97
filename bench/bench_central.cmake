# bench_central drives the real fieldenrol-central process with simulated devices; it reuses the
# server test support (service process, throw-away PostgreSQL cluster, device client, records).
if(TARGET fieldenrol_test_support_server)
  add_executable(bench_central ${CMAKE_CURRENT_SOURCE_DIR}/bench_central.cpp)
  target_link_libraries(bench_central PRIVATE FieldEnrol::test_support_server FieldEnrol::protocol FieldEnrol::core
                                              FieldEnrol::options)
else()
  message(STATUS "bench_central skipped: it needs FIELDENROL_BUILD_TESTS=ON (server test support)")
endif()
