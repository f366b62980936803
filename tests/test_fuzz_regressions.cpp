// Every input the fuzzer ever found a problem with (tests/fuzz/regressions/)
// goes through the fuzzed path again. Under the sanitizer build a regression
// aborts the run; in any build each must end with at least one diagnostic,
// since each one is malformed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/fuzz_entry.hpp"

TEST_CASE("fuzz regressions load with diagnostics and without a crash") {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(SCMPLAN_SOURCE_DIR) / "tests" / "fuzz" / "regressions";
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        INFO(entry.path().string());
        CHECK(scmplan::fuzz::run_one(text.str()) > 0);
        ++files;
    }
    CHECK(files > 0);
}
