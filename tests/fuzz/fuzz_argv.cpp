// libFuzzer target: the command line. The input is a NUL-separated list of
// arguments; an argument of two bytes "\x01N" stands for entry N of the words
// of the command table (commands, options, choices), so the fuzzer reaches
// every option quickly. Arguments are run against the example workspace plans/
// (copied to "ws" for every input) with the scratch folder as working folder;
// an argument naming a path outside it (containing '/' or starting with "..")
// is replaced by "ws", so no run writes outside the scratch folder.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <string>
#include <vector>

#include "commands.hpp"
#include "fuzz_cli.hpp"

namespace {

const std::vector<std::string>& words() {
    static const std::vector<std::string> all = [] {
        std::set<std::string> seen;
        std::vector<std::string> w;
        auto add = [&](const std::string& s) {
            if (!s.empty() && seen.insert(s).second) w.push_back(s);
        };
        for (const auto& spec : scmplan::cli::all_commands()) {
            add(spec.name);
            for (const auto& o : spec.options) {
                add(o.name);
                add(o.short_name);
                for (const auto& c : o.choices) add(c);
            }
        }
        for (const char* s : {"--help", "-h", "--version", "ws", "-", "", "out.md", "1", "2", "4",
                              "5", "2023-06-30", "30 มิ.ย. 2566", "P1", "A1", "SCM", "2566", "SCM1=3.5", "completion",
                              "bash", "zsh", "manpage"})
            add(s);
        return w;
    }();
    return all;
}

// The repository's example workspace, read once into a bundle.
std::string workspace_bundle() {
    namespace fs = std::filesystem;
    std::string bundle;
    fs::path root = fs::path(SCMPLAN_SOURCE_DIR) / "plans";
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        bundle += "=== " + fs::relative(e.path(), root).string() + "\n" + text.str();
        if (!bundle.empty() && bundle.back() != '\n') bundle += '\n';
    }
    return bundle;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> args{"scmplan"};
    std::size_t start = 0;
    for (std::size_t i = 0; i <= in.size() && args.size() < 40; ++i) {
        if (i < in.size() && in[i] != '\0') continue;
        std::string a(in.substr(start, i - start));
        start = i + 1;
        if (a.size() == 2 && a[0] == '\x01') a = words()[static_cast<unsigned char>(a[1]) % words().size()];
        if (a.find('/') != std::string::npos) a = "ws";
        if (a.rfind("..", 0) == 0) a = "ws";
        args.push_back(a);
    }
    static const std::string workspace = workspace_bundle();
    scmplan::fuzz::write_bundle(workspace);
    int rc = scmplan::fuzz::run_cli(args);
    if (rc == 70) std::abort();  // an internal error is a bug
    return 0;
}
