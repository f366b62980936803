// src/cli/main.cpp compiled into the fuzz targets, so that they run the real
// command line (command table, option parsing, commands, -o writer) in
// process. main() is renamed; run() is reached through fuzz_run_cli.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <string>
#include <vector>

#define main scmplan_cli_main
#include "../../src/cli/main.cpp"
#undef main

#include "fuzz_cli.hpp"

namespace scmplan::fuzz {

int run_cli(const std::vector<std::string>& args) {
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::cout.clear();
    std::cerr.clear();
    return scmplan::cli::run(static_cast<int>(copy.size()), argv.data());
}

}  // namespace scmplan::fuzz
