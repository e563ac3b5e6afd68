# SPDX-License-Identifier: MIT
# cmake -DPROGRAM=<path> -DEXPECTED=<text> -P check-version.cmake: "PROGRAM --version" must print exactly EXPECTED.
execute_process(COMMAND ${PROGRAM} --version
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --version exited with '${rc}'; stderr: ${err}")
endif()
if(NOT out STREQUAL "${EXPECTED}\n")
    message(FATAL_ERROR "${PROGRAM} --version printed '${out}', expected '${EXPECTED}' and a new line")
endif()
message(STATUS "${PROGRAM} --version: ${EXPECTED}")
