# SPDX-License-Identifier: MIT
# Runs each fuzz target for SECONDS on a fresh copy of its seeds; any crash, leak, timeout or sanitizer report
# fails. FUZZERS: "name|executable|seed:dirs" entries separated by commas.
string(REPLACE "," ";" entries "${FUZZERS}")
foreach(entry IN LISTS entries)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 exe)
    list(GET parts 2 seeds)
    set(corpus "${WORK}/${name}")
    file(REMOVE_RECURSE "${corpus}")
    file(MAKE_DIRECTORY "${corpus}")
    string(REPLACE ":" ";" seed_dirs "${seeds}")
    foreach(dir IN LISTS seed_dirs)
        if(IS_DIRECTORY "${dir}")
            file(GLOB files "${dir}/*")
            file(COPY ${files} DESTINATION "${corpus}")
        endif()
    endforeach()
    message(STATUS "${name}: ${SECONDS} s")
    execute_process(COMMAND "${exe}" -max_total_time=${SECONDS} -timeout=20 -rss_limit_mb=3072 -max_len=65536
                            -print_final_stats=1 "${corpus}"
                    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} found a problem (exit code ${rc}); the reproducer is in ${WORK}")
    endif()
endforeach()
