# bench_central_floor writes the central office's rows through its database layer (the server
# library) into SQLite and a throw-away PostgreSQL cluster (server test support).
if(TARGET fieldenrol_test_support_server)
  add_executable(bench_central_floor ${CMAKE_CURRENT_SOURCE_DIR}/bench_central_floor.cpp)
  target_link_libraries(bench_central_floor PRIVATE FieldEnrol::server FieldEnrol::test_support_server
                                                    FieldEnrol::core FieldEnrol::options)
else()
  message(STATUS "bench_central_floor skipped: it needs FIELDENROL_BUILD_TESTS=ON (server test support)")
endif()
