# Runs the built scmplan (BIN) to write, into DIR, the texts it generates from
# its command table: the man page scmplan.1 and the completion scripts
# scmplan.bash and _scmplan. Fails the build when the binary fails.
file(MAKE_DIRECTORY ${DIR})
foreach(item "scmplan.1;manpage" "scmplan.bash;completion;bash" "_scmplan;completion;zsh")
  list(POP_FRONT item name)
  execute_process(
    COMMAND ${BIN} ${item}
    OUTPUT_FILE ${DIR}/${name}.tmp
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    file(REMOVE ${DIR}/${name}.tmp)
    message(FATAL_ERROR "scmplan ${item} failed (${rc})")
  endif()
  file(RENAME ${DIR}/${name}.tmp ${DIR}/${name})
endforeach()
