// Options are read by the names a command declares; every command runs in
// process on the example workspace and ends with a code of exit_codes.hpp.
#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "../../src/cli/commands.hpp"
#include "../../src/cli/common.hpp"
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
    const std::string plans = std::string(SCMPLAN_SOURCE_DIR) + "/plans";
    for (const CommandSpec& spec : all_commands()) {
        CAPTURE(spec.name);
        Invocation inv = Invocation::of(spec);
        inv.env.today = Date::from_ymd(2023, 8, 15);
        // The process's folder, as main() reads it: discovery names the paths
        // relative to it, and the files are opened from it.
        inv.env.cwd = std::filesystem::current_path().generic_string();
        if (spec.takes_paths) inv.paths = {plans};
        if (spec.name == "report") inv.values["--quarter"] = "2";  // a report needs its date
        inv.paths_given = spec.takes_paths;
        Output out;
        CHECK_NOTHROW(out = spec.run(inv));
        // init and schema need their positional; done and progress an activity:
        // a usage error. The others read and render the workspace (check to
        // standard error).
        const bool needs_argument = spec.name == "init" || spec.name == "schema" || spec.name == "done" ||
                                    spec.name == "progress";
        CHECK(out.exit_code == (needs_argument ? exit_usage : exit_ok));
        if (!needs_argument) CHECK_FALSE((spec.name == "check" ? out.err : out.out).empty());
    }
}
