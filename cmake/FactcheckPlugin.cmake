# factcheck_add_plugin(NAME SOURCES <files>...): a factcheck checker plugin,
# NAME.so, built as a shared module with hidden visibility (only the factory
# FACTCHECK_PLUGIN exports is visible) and linked with the installed SDK
# (factcheck::plugin_sdk: the headers and libfactcheck_proto, never a copy of
# the protocol's generated code), and with only the libraries it calls
# (--as-needed: a plugin that does not call into gRPC, whose Status the SDK's
# headers name inline, does not make the host load it). Installed by the
# CMake package.
function(factcheck_add_plugin name)
  cmake_parse_arguments(P "" "" "SOURCES" ${ARGN})
  if(NOT P_SOURCES)
    message(FATAL_ERROR "factcheck_add_plugin(${name}): give SOURCES")
  endif()
  add_library(${name} MODULE ${P_SOURCES})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${name}
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    CXX_STANDARD 20
    CXX_STANDARD_REQUIRED ON)
  target_link_libraries(${name} PRIVATE factcheck::plugin_sdk)
  target_link_options(${name} PRIVATE "LINKER:--as-needed")
endfunction()
