// Reading a command's words with the command table alone (src/cli/words.cpp),
// the "did you mean" of unknown options, and `scmplan __complete`
// (src/cli/cmd_complete.cpp) on a real workspace.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>

#include <filesystem>
#include <string>
#include <vector>

#include "../../src/cli/commands.hpp"
#include "../../src/cli/generate.hpp"
#include "../../src/cli/words.hpp"
#include "sample_commands.hpp"

using namespace scmplan::cli;

namespace {

using test::marker;

const std::string fiscal = SCMPLAN_SOURCE_DIR "/tests/fixtures/fiscal";

}  // namespace

TEST_CASE("scan_words: values after a space, after '=', attached to a short option, and a bash '=' word") {
    auto s = scan_words(marker(), {"A01", "--plan", "p1", "-q", "-ofile", "2", "--output=x", "ws"});
    CHECK(s.positionals == std::vector<std::string>{"A01", "2", "ws"});
    CHECK(s.values.at("--plan") == "p1");
    CHECK(s.values.at("--output") == "x");  // the last one wins
    CHECK(s.unknown.empty());
    auto bash = scan_words(marker(), {"--plan", "=", "p2", "A02"});
    CHECK(bash.values.at("--plan") == "p2");
    CHECK(bash.positionals == std::vector<std::string>{"A02"});
}

TEST_CASE("scan_words: '-' is a value, '--' ends the options, -h and --help are known") {
    auto s = scan_words(marker(), {"-o", "-", "-h", "--help", "--", "--plan", "-q"});
    CHECK(s.values.at("--output") == "-");
    CHECK(s.positionals == std::vector<std::string>{"--plan", "-q"});
    CHECK(s.unknown.empty());
}

TEST_CASE("workspace_paths: the positionals after the command's own; none when none is given") {
    const CommandSpec c = marker();
    CHECK(workspace_paths(c, scan_words(c, {"A01", "2", "a", "b"})) == std::vector<std::string>{"a", "b"});
    CHECK(workspace_paths(c, scan_words(c, {"A01"})).empty());
    CommandSpec no_paths = c;
    no_paths.takes_paths = false;
    CHECK(workspace_paths(no_paths, scan_words(no_paths, {"A01", "2", "a"})).empty());
}

TEST_CASE("unknown_option: the first unknown word, with the closest option of the command") {
    const CommandSpec c = marker();
    auto typo = unknown_option(c, {"A01", "--pln", "x", "--frmat"});
    REQUIRE(typo);
    CHECK(typo->word == "--pln");
    CHECK(typo->near == "--plan");
    auto eq = unknown_option(c, {"--outptu=file"});
    REQUIRE(eq);
    CHECK(eq->word == "--outptu");
    CHECK(eq->near == "--output");
    auto far = unknown_option(c, {"--colour-scheme"});
    REQUIRE(far);
    CHECK(far->near.empty());
    auto shortie = unknown_option(c, {"-x"});
    REQUIRE(shortie);
    CHECK(shortie->word == "-x");
    CHECK(shortie->near.empty());
    // A value that looks like an option is a value.
    CHECK_FALSE(unknown_option(c, {"--plan", "--frmat", "-qo", "out"}));
}

TEST_CASE("unknown_option on the real table: report --frmat, check --colour") {
    const auto commands = all_commands();
    auto find = [&](const std::string& name) {
        for (const auto& c : commands)
            if (c.name == name) return c;
        FAIL("no command " << name);
        return CommandSpec{};
    };
    auto frmat = unknown_option(find("report"), {"--quarter", "2", "--frmat", "csv"});
    REQUIRE(frmat);
    CHECK(frmat->near == "--format");
    auto colour = unknown_option(find("check"), {"plans", "--colour=never"});
    REQUIRE(colour);
    CHECK(colour->near == "--color");
    CHECK_FALSE(unknown_option(find("report"), {"--quarter=2", "--format", "csv", "-o", "-", "plans"}));
}

TEST_CASE("__complete: plan ids of the workspace on the command line, in natural order") {
    const auto commands = all_commands();
    CHECK(complete_values(commands, "plan-ids", {"report", fiscal, "--plan"}) ==
          std::vector<std::string>{"dt-cal-2567", "fiscal-scm-2567"});
    // An option's value is not a path; '--' ends the options.
    CHECK(complete_values(commands, "plan-ids", {"report", "--format", fiscal, "/nonexistent"}).empty());
    CHECK(complete_values(commands, "plan-ids", {"report", "--", fiscal}).size() == 2);
}

TEST_CASE("__complete: enabler codes of the rules; init has only the built-in ones") {
    const auto commands = all_commands();
    const std::vector<std::string> builtin{"CG", "DT", "HCM", "IA", "KM&IM", "RM&IC", "SCM", "SP"};
    CHECK(complete_values(commands, "enablers", {"init", "x", "--enabler"}) == builtin);
    CHECK(complete_values(commands, "enablers", {"report", fiscal}) == builtin);
}

TEST_CASE("__complete: activity ids (of --plan's plan) and the steps of the activity given") {
    const std::vector<CommandSpec> commands{marker()};
    CHECK(complete_values(commands, "activity-ids", {"mark", "A", "1", fiscal}) ==
          std::vector<std::string>{"A01", "A02", "A03", "A04", "A05"});
    CHECK(complete_values(commands, "activity-ids", {"mark", "A", "1", fiscal, "--plan", "dt-cal-2567"}) ==
          std::vector<std::string>{"A01"});
    // While the step is typed, the paths are not there yet: the default
    // workspace, plans in the current folder (here the fixture, linked).
    const auto here = std::filesystem::current_path();
    const auto dir = std::filesystem::temp_directory_path() / ("scmplan-words-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::create_directory_symlink(fiscal, dir / "plans");
    std::filesystem::current_path(dir);
    // The steps of A01 of the plan dt-cal-2567 (its file lists steps 1 and 2).
    auto dt_steps = complete_values(commands, "step-ids", {"mark", "--plan=dt-cal-2567", "A01"});
    auto unknown = complete_values(commands, "step-ids", {"mark", "A99"});
    auto any_plan = complete_values(commands, "step-ids", {"mark", "A01"});
    std::filesystem::current_path(here);
    std::filesystem::remove_all(dir);
    CHECK(dt_steps == std::vector<std::string>{"1", "2"});
    CHECK(unknown.empty());
    CHECK(any_plan == std::vector<std::string>{"1", "2"});  // A01 of both plans: 1 2 each, once
}

TEST_CASE("__complete: without a PATH, the workspace is discovered as commands discover it, whatever its name") {
    const std::vector<CommandSpec> commands{marker()};
    const std::vector<std::string> fiscal_plans{"dt-cal-2567", "fiscal-scm-2567"};
    const auto here = std::filesystem::current_path();
    // Inside the workspace (a plan's folder below scmplan.yaml): no folder named plans anywhere.
    std::filesystem::current_path(fiscal + "/fiscal-scm-2567");
    auto inside = complete_values(all_commands(), "plan-ids", {"report"});
    auto steps = complete_values(commands, "step-ids", {"mark", "--plan=dt-cal-2567", "A01"});
    // $SCMPLAN_WORKSPACE, from a folder that is no workspace.
    std::filesystem::current_path(std::filesystem::temp_directory_path());
    setenv("SCMPLAN_WORKSPACE", fiscal.c_str(), 1);
    auto from_env = complete_values(all_commands(), "plan-ids", {"report"});
    unsetenv("SCMPLAN_WORKSPACE");
    std::filesystem::current_path(here);
    CHECK(inside == fiscal_plans);
    CHECK(steps == std::vector<std::string>{"1", "2"});
    CHECK(from_env == fiscal_plans);
}

TEST_CASE("__complete: an unknown kind, a missing workspace: nothing, no error") {
    const auto commands = all_commands();
    CHECK(complete_values(commands, "colours", {"report", fiscal}).empty());
    CHECK(complete_values(commands, "plan-ids", {"report", "/nonexistent/ws"}).empty());
    Output out;
    REQUIRE(run_hidden_command(commands, {"__complete", "plan-ids", "report", fiscal}, out));
    CHECK(out.out == "dt-cal-2567\nfiscal-scm-2567\n");
    CHECK(out.err.empty());
    CHECK(out.exit_code == 0);
}
