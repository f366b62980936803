// libFuzzer target: a whole workspace on disk (fuzz_cli.hpp's bundle: files,
// folders, links, FIFOs, any names and bytes) through discovery, check and every
// command, renderer and view of the real command line, including -o FILE, the
// Word, Excel and HTML documents, the evidence archive, check --git (outside a
// repository), the in-place edits and completion.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "fuzz_cli.hpp"

namespace {

// Every output of every command, as a user would ask for it.
const std::vector<std::vector<std::string>>& invocations() {
    static const std::vector<std::vector<std::string>> all = {
        {"check", "ws"},
        {"check", "--format", "json", "ws"},
        {"check", "--format", "github", "--strict", "ws"},
        {"report", "--quarter", "1", "ws"},
        {"report", "--quarter", "2", "--embed", "ws"},
        {"report", "--quarter", "3", "--lang", "en", "--format", "csv", "--excel", "ws"},
        {"report", "--quarter", "4", "--format", "json", "ws"},
        {"report", "--annual", "ws"},
        {"report", "--annual", "--format", "json", "ws"},
        {"report", "--as-of", "2023-06-30", "-o", "out.md", "ws"},
        {"status", "ws"},
        {"status", "--lang", "en", "--as-of", "30 มิ.ย. 2566", "ws"},
        {"gantt", "ws"},
        {"gantt", "--format", "svg", "ws"},
        {"risk", "ws"},
        {"risk", "--format", "csv", "ws"},
        {"risk", "--format", "json", "ws"},
        {"risk", "--format", "svg", "ws"},
        {"gaps", "ws"},
        {"gaps", "--format", "csv", "ws"},
        {"gaps", "--format", "json", "ws"},
        {"score", "ws"},
        {"score", "--format", "csv", "ws"},
        {"score", "--format", "json", "ws"},
        {"evidence", "ws"},
        {"evidence", "--format", "tsv", "ws"},
        {"evidence", "--zip", "out.zip", "ws"},
        {"report", "--quarter", "2", "-o", "out.docx", "ws"},
        {"report", "--quarter", "2", "-o", "out.xlsx", "ws"},
        {"report", "--quarter", "2", "-o", "out.html", "ws"},
        {"check", "--git", "ws"},
        {"done", "A01", "1", "ws", "--on", "2023-06-30"},
        {"done", "A01", "1#2", "ws", "--dry-run"},
        {"progress", "A01", "ws", "--quarter", "2", "--actual", "1", "--note", "n"},
        {"__complete", "step-ids", "done", "A01", "ws"},
    };
    return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    scmplan::fuzz::write_bundle(std::string_view(reinterpret_cast<const char*>(data), size));
    // check first; a workspace with errors makes every other command stop after
    // loading, so they run only when check passed or warned.
    int check = scmplan::fuzz::run_cli({"scmplan", "check", "ws"});
    if (check != 0 && check != 1) return 0;
    // A quarter of the commands per input, chosen by its bytes (so a rerun of
    // one input runs the same ones): four times the inputs per second, and
    // every command still meets every shape over a run.
    std::size_t pick = size;
    for (std::size_t i = 0; i < size; i += 1 + size / 64) pick = pick * 31 + data[i];
    for (std::size_t n = 0; n < invocations().size(); ++n) {
        if ((n + pick) % 4 != 0) continue;
        const auto& inv = invocations()[n];
        std::vector<std::string> args{"scmplan"};
        args.insert(args.end(), inv.begin(), inv.end());
        int rc = scmplan::fuzz::run_cli(args);
        if (rc == 70) std::abort();  // an internal error is a bug
    }
    return 0;
}
