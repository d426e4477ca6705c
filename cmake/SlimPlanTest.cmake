# slimplan_add_test(NAME <name> SOURCES <files...> [GUI])
# Builds one Qt Test suite, links the core (and the ui library for GUI suites), registers it with
# CTest and runs it offscreen. Test data is reachable through the SLIMPLAN_TEST_DATA macro.
function(slimplan_add_test)
  cmake_parse_arguments(arg "GUI" "NAME" "SOURCES" ${ARGN})
  add_executable(${arg_NAME} ${arg_SOURCES})
  if(arg_GUI)
    target_link_libraries(${arg_NAME} PRIVATE slimplan_ui)
  else()
    target_link_libraries(${arg_NAME} PRIVATE slimplan_core)
  endif()
  target_link_libraries(${arg_NAME} PRIVATE Qt6::Test slimplan_translations slimplan_resources slimplan_warnings)
  target_compile_definitions(${arg_NAME} PRIVATE
    SLIMPLAN_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    SLIMPLAN_CLI_PATH="$<TARGET_FILE:slimplan-cli>")
  add_dependencies(${arg_NAME} slimplan-cli)
  add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
  set_tests_properties(${arg_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
    TIMEOUT 600)
endfunction()
