# cmake -DINPUT=file -DOUTPUT=file.gz -P Gzip.cmake: gzip at the highest level with no name or
# time in the header (reproducible; manual pages and the changelog are installed compressed,
# as Debian expects). gzip is essential on Debian; elsewhere CMake's own gzip stands in.
find_program(GZIP_EXECUTABLE gzip)
if(GZIP_EXECUTABLE)
    execute_process(COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${INPUT}
        OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${INPUT} failed: ${result}")
    endif()
else()
    file(ARCHIVE_CREATE OUTPUT ${OUTPUT} PATHS ${INPUT} FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
endif()
