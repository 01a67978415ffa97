# bench_app needs the application (and Qt Test to type into it); only when app/ is part of the build.
if(TARGET fieldenrol_app)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
  add_executable(bench_app ${CMAKE_CURRENT_SOURCE_DIR}/bench_app.cpp)
  target_link_libraries(bench_app PRIVATE FieldEnrol::app Qt6::Test FieldEnrol::options)
endif()
