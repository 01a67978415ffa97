# bench_store compares the importer with a plain SQLite insert, so it talks to SQLite directly too.
add_executable(bench_store ${source})
target_link_libraries(bench_store PRIVATE FieldEnrol::core FieldEnrol::options SQLite::SQLite3)
