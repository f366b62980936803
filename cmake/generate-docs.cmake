# Runs the built scmplan (BIN) to write, into DIR, the texts it generates from
# its command table: the man page scmplan.1 and the completion scripts
# scmplan.bash and _scmplan. Fails the build when the binary fails. With GZIP
# (the gzip program), also scmplan.1.gz as Debian wants man pages: gzip -9n,
# so that the file holds no name or time stamp and builds are reproducible.
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
if(GZIP)
  execute_process(
    COMMAND ${GZIP} -9 -n -c ${DIR}/scmplan.1
    OUTPUT_FILE ${DIR}/scmplan.1.gz.tmp
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    file(REMOVE ${DIR}/scmplan.1.gz.tmp)
    message(FATAL_ERROR "gzip of the man page failed (${rc})")
  endif()
  file(RENAME ${DIR}/scmplan.1.gz.tmp ${DIR}/scmplan.1.gz)
endif()
