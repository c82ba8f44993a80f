# One CMake target per folder of code ("module"), with the modules it may use
# written down once. The same declaration links the target and feeds the
# layering test (cmake/CheckLayering.cmake), which fails when a file includes
# a header of a module it does not depend on, or a header another module
# keeps private.
#
#   factcheck_module(NAME <target> DIR <folder> [SHARED]
#     MODULES <modules it may use>...
#     LINK <other libraries>...
#     PUBLIC_HEADERS <headers other modules may include>...
#     SOURCES <files>...)
#
# A module's headers are included as "<folder name>/<header>", from the
# include root its folder sits in (core/src or plugins).
function(factcheck_module)
  cmake_parse_arguments(M "SHARED" "NAME;DIR" "MODULES;LINK;PUBLIC_HEADERS;SOURCES" ${ARGN})
  if(M_SHARED)
    add_library(${M_NAME} SHARED ${M_SOURCES})
  else()
    add_library(${M_NAME} STATIC ${M_SOURCES})
    set_target_properties(${M_NAME} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endif()
  get_filename_component(root ${M_DIR} DIRECTORY)
  target_include_directories(${M_NAME} PUBLIC ${root})
  target_link_libraries(${M_NAME} PUBLIC ${M_MODULES} ${M_LINK})
  get_filename_component(folder ${M_DIR} NAME)
  string(REPLACE ";" "," modules "${M_MODULES}")
  string(REPLACE ";" "," headers "${M_PUBLIC_HEADERS}")
  set_property(GLOBAL APPEND PROPERTY FACTCHECK_MODULE_TABLE
    "${M_NAME}|${M_DIR}|${folder}|${modules}|${headers}")
endfunction()

# Code that is not a library module (the CLI, a plugin's entry point) but
# keeps the same rules: which modules it may include.
function(factcheck_module_user)
  cmake_parse_arguments(M "" "NAME;DIR" "MODULES" ${ARGN})
  get_filename_component(folder ${M_DIR} NAME)
  string(REPLACE ";" "," modules "${M_MODULES}")
  set_property(GLOBAL APPEND PROPERTY FACTCHECK_MODULE_TABLE
    "${M_NAME}|${M_DIR}|${folder}|${modules}|")
endfunction()

# Writes the table the layering test reads; call once, after every module.
function(factcheck_write_module_table path)
  get_property(table GLOBAL PROPERTY FACTCHECK_MODULE_TABLE)
  string(REPLACE ";" "\n" text "${table}")
  file(WRITE ${path} "${text}\n")
endfunction()
