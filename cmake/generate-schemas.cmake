# Runs the built scmplan (BIN) to write the JSON Schema of each file kind into
# DIR/<kind>.schema.json (`scmplan schema KIND`), then DIR/.stamp. The kinds are
# the binary's own (format::kind_names()): `scmplan schema` without a KIND names
# them in its hint. Fails the build when the binary fails.
execute_process(COMMAND ${BIN} schema ERROR_VARIABLE usage OUTPUT_QUIET RESULT_VARIABLE rc)
if(NOT usage MATCHES "KIND is one of ([a-z, ]+)")
  message(FATAL_ERROR "scmplan schema does not name the kinds: ${usage}")
endif()
string(REPLACE ", " ";" kinds "${CMAKE_MATCH_1}")
file(MAKE_DIRECTORY ${DIR})
file(GLOB stale ${DIR}/*.schema.json)
if(stale)
  file(REMOVE ${stale})
endif()
foreach(kind ${kinds})
  execute_process(COMMAND ${BIN} schema ${kind} OUTPUT_FILE ${DIR}/${kind}.schema.json.tmp RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    file(REMOVE ${DIR}/${kind}.schema.json.tmp)
    message(FATAL_ERROR "scmplan schema ${kind} failed (${rc})")
  endif()
  file(RENAME ${DIR}/${kind}.schema.json.tmp ${DIR}/${kind}.schema.json)
endforeach()
file(WRITE ${DIR}/.stamp "${kinds}\n")
