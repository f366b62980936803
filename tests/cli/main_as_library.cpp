// src/cli/main.cpp compiled into the CLI unit tests for its all_commands(), the
// real command table; its main() is renamed so that doctest's main is the one.
// The library headers come first, so that the rename touches main.cpp only.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <string>
#include <vector>

#define main scmplan_cli_main
#include "../../src/cli/main.cpp"
#undef main
