// scmplan_docgen FORMAT_MD: checks that the key tables of FORMAT_MD
// (docs/format.md) are those the format table renders; with SCMPLAN_UPDATE=1
// (exactly "1") it writes them into the file instead. Exit 0 when they agree
// (or were written), 1 when they do not, 2 on a usage or I/O error. Run by
// tests/test_docgen.cpp; see CONTRIBUTING.md.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "docgen.hpp"

int main(int argc, char** argv) {
    using namespace scmplan::docgen;
    if (argc != 2) {
        std::fprintf(stderr, "usage: scmplan_docgen docs/format.md  (SCMPLAN_UPDATE=1 rewrites its key tables)\n");
        return 2;
    }
    const std::string path = argv[1];
    const char* u = std::getenv("SCMPLAN_UPDATE");
    const bool update = u && std::string(u) == "1";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "scmplan_docgen: cannot read %s\n", path.c_str());
        return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    in.close();
    Spliced s = splice_tables(text.str(), all_format_tables(), update);
    for (const std::string& p : s.problems) std::fprintf(stderr, "%s: %s\n", path.c_str(), p.c_str());
    if (!s.problems.empty()) {
        if (!update) std::fprintf(stderr, "scmplan_docgen: run with SCMPLAN_UPDATE=1 to rewrite the tables, then read the diff\n");
        return 1;
    }
    if (update && s.text != text.str()) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << s.text;
        if (!out.flush()) {
            std::fprintf(stderr, "scmplan_docgen: cannot write %s\n", path.c_str());
            return 2;
        }
        std::fprintf(stderr, "scmplan_docgen: rewrote the key tables of %s\n", path.c_str());
    }
    return 0;
}
