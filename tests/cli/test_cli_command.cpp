// Options are read by the names a command declares; every command runs in
// process on the example workspace, held in memory (tests/memory_files.hpp),
// and ends with a code of exit_codes.hpp.
#include <doctest/doctest.h>

#include <stdlib.h>
#include <zip.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "../../src/cli/commands.hpp"
#include "../../src/cli/common.hpp"
#include "../memory_files.hpp"
#include "scmplan/exit_codes.hpp"

using namespace scmplan;
using namespace scmplan::cli;

namespace {

CommandSpec lang_only() { return {"show", "", {opt_lang(), {"--all", "", "", "", {}}}, nullptr}; }

}  // namespace

TEST_CASE("an option the command does not declare is a programming error, not an option left out") {
    Invocation inv = Invocation::of(lang_only());
    inv.values["--lang"] = "en";
    CHECK(inv.value("--lang") == "en");
    CHECK_FALSE(inv.flag("--all"));
    CHECK(inv.declares("--lang"));
    CHECK_FALSE(inv.declares("--lnag"));
    CHECK_THROWS_AS(inv.value("--lnag"), std::logic_error);
    CHECK_THROWS_AS(inv.flag("--al"), std::logic_error);
    CHECK_THROWS_AS(inv.list("--evidence"), std::logic_error);
    CHECK(read_lang(inv) == Lang::en);
    inv.values.clear();
    CHECK(read_lang(inv) == Lang::th);
}

TEST_CASE("every command runs on the example workspace without reading an undeclared option") {
    // The workspace held in memory, at a place that is not on the disk: a
    // command that read around its FileReader would find nothing there.
    test::MemoryFiles files;
    files.copy_of(std::string(SCMPLAN_SOURCE_DIR) + "/plans", "/memory/plans").in_folder("/memory");
    const std::string plans = "/memory/plans";
    for (const CommandSpec& spec : all_commands()) {
        CAPTURE(spec.name);
        Invocation inv = Invocation::of(spec);
        inv.env.today = Date::from_ymd(2023, 8, 15);
        inv.env.cwd = "/memory";
        inv.env.files = &files;
        if (spec.takes_paths) inv.paths = {plans};
        if (spec.name == "report" || spec.name == "form") inv.values["--quarter"] = "2";  // a report needs its date
        inv.paths_given = spec.takes_paths;
        Output out;
        CHECK_NOTHROW(out = spec.run(inv));
        // init and schema need their positional; done and progress an activity,
        // import its forms, close a GAP item, assess a risk: a usage error. The
        // others read and render the workspace (check to standard error).
        const bool needs_argument = spec.name == "init" || spec.name == "schema" || spec.name == "done" ||
                                    spec.name == "progress" || spec.name == "import" || spec.name == "close" ||
                                    spec.name == "assess";
        INFO(out.err);
        CHECK(out.exit_code == (needs_argument ? exit_usage : exit_ok));
        if (!needs_argument) CHECK_FALSE((spec.name == "check" ? out.err : out.out).empty());
    }
}

TEST_CASE("evidence --zip packs the files its FileReader holds, streamed through it") {
    test::MemoryFiles files;
    files.copy_of(std::string(SCMPLAN_SOURCE_DIR) + "/plans", "/memory/plans").in_folder("/memory");
    files.file("/memory/plans/evidence/.hidden.pdf", "left out");
    char dir_template[] = "/tmp/scmplan-zip-XXXXXX";
    REQUIRE(::mkdtemp(dir_template));
    const std::string zip_path = std::string(dir_template) + "/out.zip";
    CommandSpec spec = evidence_command();
    Invocation inv = Invocation::of(spec);
    inv.env.today = Date::from_ymd(2023, 8, 15);
    inv.env.cwd = "/memory";
    inv.env.files = &files;
    inv.paths = {"/memory/plans"};
    inv.paths_given = true;
    inv.values["--zip"] = zip_path;
    Output out = spec.run(inv);
    CAPTURE(out.err);
    CHECK(out.exit_code == exit_ok);
    int error = 0;
    zip_t* za = zip_open(zip_path.c_str(), ZIP_RDONLY, &error);
    REQUIRE(za);
    std::vector<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) names.push_back(zip_get_name(za, i, 0));
    // The mode the FileStream tells is the entry's (rw-r--r--, made on Unix).
    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    REQUIRE(zip_file_get_external_attributes(za, 1, 0, &opsys, &attributes) == 0);
    CHECK(opsys == ZIP_OPSYS_UNIX);
    CHECK(attributes == (0100644u << 16));
    // The bytes of a file come from memory.
    zip_file_t* f = zip_fopen(za, "plans/evidence/a01-approval.pdf", 0);
    REQUIRE(f);
    std::string bytes(4096, '\0');
    bytes.resize(static_cast<std::size_t>(zip_fread(f, bytes.data(), bytes.size())));
    zip_fclose(f);
    zip_close(za);
    std::filesystem::remove_all(dir_template);
    // The evidence the plans name; not a file they do not name, nor a hidden one.
    CHECK(names == std::vector<std::string>{"plans/index.md", "plans/evidence/a01-approval.pdf",
                                            "plans/evidence/a07-plan.pdf"});
    CHECK(bytes == files.read("/memory/plans/evidence/a01-approval.pdf", 1 << 20).text);
}
