# Runs lupdate over a copy of a .ts file: the copy shows the file as the smtpref_lupdate target
# would leave it, and the source tree stays untouched.
#
#   cmake -DLUPDATE=lupdate -DOPTIONS="-no-obsolete ..." -DSOURCES_LIST=file.lst
#         -DSOURCE_TS=translations/x.ts -DCOPY_TS=build/x.ts -P lupdatecopy.cmake
get_filename_component(copy_dir "${COPY_TS}" DIRECTORY)
file(MAKE_DIRECTORY "${copy_dir}")
file(COPY_FILE "${SOURCE_TS}" "${COPY_TS}")
separate_arguments(options UNIX_COMMAND "${OPTIONS}")
execute_process(
    COMMAND "${LUPDATE}" -silent ${options} "@${SOURCES_LIST}" -ts "${COPY_TS}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}) on ${COPY_TS}")
endif()
message(STATUS "${SOURCE_TS} after lupdate: ${COPY_TS}")
