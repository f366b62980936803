# Writes a C++ source that returns the text of a file: cmake -DIN=… -DOUT=… -DNAME=… -P embed.cmake
file(READ "${IN}" content)
file(WRITE "${OUT}.tmp" "// Generated from ${IN} at build time. Do not edit.\n#include <string_view>\nnamespace scmplan {\nstd::string_view ${NAME}() {\n    return R\"scmplan_embed(${content})scmplan_embed\";\n}\n}  // namespace scmplan\n")
file(RENAME "${OUT}.tmp" "${OUT}")
