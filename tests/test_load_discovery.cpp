// Tests of src/load/discovery.cpp: which files a command reads for its PATHs,
// on a small folder tree made on disk and on the same tree held in memory (a
// FileReader).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "scmplan/discovery.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/load.hpp"
#include "scmplan/yaml_tree.hpp"
#include "memory_files.hpp"

using namespace scmplan;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text = "scmplan: 1\n") {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

/// repo/ws/scmplan.yaml (rules: rules/r.yaml), repo/ws/p1/plan.yaml,
/// repo/ws/p1/activities/A01.yaml, repo/ws/rules/r.yaml, repo/loose/x.yaml.
struct Tree {
    fs::path root;
    Tree() {
        root = fs::temp_directory_path() / fs::path("scmplan-discovery-" + std::to_string(::getpid()));
        fs::remove_all(root);
        write(root / "ws/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: rules/r.yaml\n");
        write(root / "ws/p1/plan.yaml");
        write(root / "ws/p1/activities/A01.yaml");
        write(root / "ws/rules/r.yaml");
        write(root / "loose/x.yaml");
    }
    ~Tree() { fs::remove_all(root); }
    std::string at(const std::string& rel) const { return (root / rel).generic_string(); }
};

using Paths = std::vector<std::string>;

}  // namespace

TEST_CASE("discovery: no PATH, inside a workspace: the nearest folder upwards holding scmplan.yaml") {
    Tree t;
    Discovery d = discover_paths({}, t.at("ws/p1/activities"), "", disk());
    CHECK(d.origin == WorkspaceOrigin::ancestor);
    // The folder, then its workspace file and rules file (read once: the loader drops repeats).
    CHECK(d.paths == Paths{t.at("ws"), t.at("ws/scmplan.yaml"), t.at("ws/rules/r.yaml")});
    REQUIRE(d.workspace_file);
    CHECK(*d.workspace_file == t.at("ws/scmplan.yaml"));

    Discovery here = discover_paths({}, t.at("ws"), "", disk());
    CHECK(here.paths == Paths{".", "scmplan.yaml", "rules/r.yaml"});
    CHECK(*here.workspace_file == "scmplan.yaml");
}

TEST_CASE("discovery: no PATH and no workspace upwards: ./plans") {
    Tree t;
    Discovery d = discover_paths({}, t.at("loose"), "", disk());
    CHECK(d.origin == WorkspaceOrigin::plans);
    CHECK(d.paths == Paths{"plans"});
    CHECK_FALSE(d.workspace_file);
    // At a root whose plans/ is a workspace (this repository): plans/scmplan.yaml is named.
    write(t.root / "loose/plans/scmplan.yaml");
    CHECK(*discover_paths({}, t.at("loose"), "", disk()).workspace_file == "plans/scmplan.yaml");
}

TEST_CASE("discovery: $SCMPLAN_WORKSPACE comes before the search upwards") {
    Tree t;
    Discovery d = discover_paths({}, t.at("ws/p1"), t.at("loose"), disk());
    CHECK(d.origin == WorkspaceOrigin::environment);
    CHECK(d.paths == Paths{t.at("loose")});
    CHECK_FALSE(d.workspace_file);  // loose/ is no workspace
    Discovery ws = discover_paths({}, t.at("loose"), "../ws", disk());
    CHECK(ws.paths == Paths{t.at("ws")});
    CHECK(*ws.workspace_file == t.at("ws/scmplan.yaml"));
}

TEST_CASE("discovery: a PATH inside a workspace adds its scmplan.yaml and rules file") {
    Tree t;
    Discovery d = discover_paths({"p1"}, t.at("ws"), "", disk());
    CHECK(d.origin == WorkspaceOrigin::above_path);
    CHECK(d.paths == Paths{"p1", "scmplan.yaml", "rules/r.yaml"});
    CHECK(*d.workspace_file == "scmplan.yaml");
    // "." inside the plan folder.
    CHECK(discover_paths({"."}, t.at("ws/p1"), "", disk()).paths == Paths{".", t.at("ws/scmplan.yaml"), t.at("ws/rules/r.yaml")});
}

TEST_CASE("discovery: a PATH inside a plan folder stands for the plan folder") {
    Tree t;
    CHECK(discover_paths({"."}, t.at("ws/p1/activities"), "", disk()).paths ==
          Paths{t.at("ws/p1"), t.at("ws/scmplan.yaml"), t.at("ws/rules/r.yaml")});
    CHECK(discover_paths({"ws/p1/activities/A01.yaml"}, t.root.generic_string(), "", disk()).paths ==
          Paths{"ws/p1", "ws/scmplan.yaml", "ws/rules/r.yaml"});
}

TEST_CASE("discovery: a workspace PATH, a PATH in no workspace and a missing PATH are read as given") {
    Tree t;
    Discovery ws = discover_paths({"ws"}, t.root.generic_string(), "", disk());
    CHECK(ws.origin == WorkspaceOrigin::given);
    CHECK(ws.paths == Paths{"ws"});
    CHECK_FALSE(ws.workspace_file);
    CHECK(discover_paths({"loose"}, t.root.generic_string(), "", disk()).paths == Paths{"loose"});
    CHECK(discover_paths({"nowhere"}, t.root.generic_string(), "", disk()).paths == Paths{"nowhere"});
}

// ---------------------------------------------------------------------------
// The same contract with files held in memory: no disk at all.

namespace {

using test::MemoryFiles;

const std::string workspace_text = "scmplan: 1\nkind: workspace\nrules: rules/r.yaml\n";

MemoryFiles memory_tree() {
    return MemoryFiles({{"/repo/ws/scmplan.yaml", workspace_text},
                        {"/repo/ws/p1/plan.yaml", "scmplan: 1\n"},
                        {"/repo/ws/p1/activities/A01.yaml", "scmplan: 1\n"},
                        {"/repo/ws/rules/r.yaml", "scmplan: 1\n"},
                        {"/repo/loose/x.yaml", "scmplan: 1\n"}});
}

}  // namespace

TEST_CASE("discovery in memory: the search upwards and the rules file the workspace names") {
    MemoryFiles files = memory_tree();
    Discovery d = discover_paths({}, "/repo/ws/p1/activities", "", files);
    CHECK(d.origin == WorkspaceOrigin::ancestor);
    CHECK(d.paths == Paths{"/repo/ws", "/repo/ws/scmplan.yaml", "/repo/ws/rules/r.yaml"});
    CHECK(*d.workspace_file == "/repo/ws/scmplan.yaml");
    CHECK(files.reads == 1);  // the workspace file, for its rules: key
}

TEST_CASE("discovery in memory: a PATH inside a plan folder, a PATH in no workspace, no workspace at all") {
    MemoryFiles files = memory_tree();
    CHECK(discover_paths({"ws/p1/activities/A01.yaml"}, "/repo", "", files).paths ==
          Paths{"ws/p1", "ws/scmplan.yaml", "ws/rules/r.yaml"});
    CHECK(discover_paths({"loose"}, "/repo", "", files).paths == Paths{"loose"});
    Discovery none = discover_paths({}, "/repo/loose", "", files);
    CHECK(none.origin == WorkspaceOrigin::plans);
    CHECK(none.paths == Paths{"plans"});
}

TEST_CASE("discovery in memory: a PATH inside a plan whose plan.yaml sits beside scmplan.yaml stands for it") {
    // One plan as the whole workspace: /repo/one/{scmplan.yaml, plan.yaml, activities/, risks/}.
    MemoryFiles files({{"/repo/one/scmplan.yaml", "scmplan: 1\nkind: workspace\n"},
                       {"/repo/one/plan.yaml", "scmplan: 1\n"},
                       {"/repo/one/activities/A01.yaml", "scmplan: 1\n"},
                       {"/repo/one/risks/R1.yaml", "scmplan: 1\n"}});
    CHECK(discover_paths({"one/activities"}, "/repo", "", files).paths == Paths{"one", "one/scmplan.yaml"});
    CHECK(discover_paths({"."}, "/repo/one/activities", "", files).paths == Paths{"/repo/one", "/repo/one/scmplan.yaml"});
    CHECK(discover_paths({"A01.yaml"}, "/repo/one/activities", "", files).paths == Paths{"/repo/one", "/repo/one/scmplan.yaml"});
}

TEST_CASE("discovery in memory: a rules file that is missing or not named is not added") {
    MemoryFiles missing({{"/w/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: gone.yaml\n"},
                         {"/w/p/plan.yaml", "scmplan: 1\n"}});
    CHECK(discover_paths({"p"}, "/w", "", missing).paths == Paths{"p", "scmplan.yaml"});
    // A workspace file that is not YAML names no rules file; the loader reports it.
    MemoryFiles broken({{"/w/scmplan.yaml", "rules: [unclosed\n"}, {"/w/p/plan.yaml", "scmplan: 1\n"}});
    CHECK(discover_paths({"p"}, "/w", "", broken).paths == Paths{"p", "scmplan.yaml"});
    // One over the size limit is not read: its rules: key is not looked for.
    MemoryFiles big({{"/w/scmplan.yaml", workspace_text + std::string(YamlLimits{}.max_bytes, '#')},
                     {"/w/p/plan.yaml", "scmplan: 1\n"}, {"/rules/r.yaml", "scmplan: 1\n"}});
    CHECK(discover_paths({"p"}, "/w", "", big).paths == Paths{"p", "scmplan.yaml"});
}

TEST_CASE("discovery in memory: the workspace file's rules: is read by the loader, as a workspace file") {
    // One way of reading YAML: a scmplan.yaml that the loader does not read as
    // a workspace (another kind, another format version) names no rules file,
    // even with a rules: key; the loader reports the file when it loads it.
    for (const char* header : {"scmplan: 1\nkind: plan\n", "scmplan: 2\nkind: workspace\n", "kind: workspace\n"}) {
        CAPTURE(header);
        MemoryFiles files({{"/w/scmplan.yaml", std::string(header) + "rules: rules/r.yaml\n"},
                           {"/w/p/plan.yaml", "scmplan: 1\n"},
                           {"/w/rules/r.yaml", "scmplan: 1\nkind: rules\n"}});
        CHECK(discover_paths({"p"}, "/w", "", files).paths == Paths{"p", "scmplan.yaml"});
    }
    // Read as a workspace file, its other mistakes do not hide its rules file.
    MemoryFiles typo({{"/w/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: rules/r.yaml\nunits: 7\nholidys: []\n"},
                      {"/w/p/plan.yaml", "scmplan: 1\n"},
                      {"/w/rules/r.yaml", "scmplan: 1\nkind: rules\n"}});
    CHECK(discover_paths({"p"}, "/w", "", typo).paths == Paths{"p", "scmplan.yaml", "rules/r.yaml"});
    CHECK(workspace_rules_value("/w/scmplan.yaml", typo) == "rules/r.yaml");
    CHECK_FALSE(workspace_rules_value("/w/nowhere.yaml", typo));
}

TEST_CASE("discovery: a rules file outside the workspace is never added, however it is named or found") {
    // The workspace is the folder of scmplan.yaml: `..`, an absolute path, a
    // link that leads out of it and the workspace file itself are refused here
    // (the loader says why, E021), and nothing outside is ever opened.
    for (const char* value : {"../shared.yaml", "/shared.yaml", "sub/../../shared.yaml", "link.yaml", "scmplan.yaml"}) {
        CAPTURE(value);
        MemoryFiles files({{"/w/scmplan.yaml", std::string("scmplan: 1\nkind: workspace\nrules: ") + value + "\n"},
                           {"/w/p/plan.yaml", "scmplan: 1\n"},
                           {"/shared.yaml", "scmplan: 1\nkind: rules\n"}});
        files.link("/w/link.yaml", "/shared.yaml");
        CHECK(discover_paths({"p"}, "/w", "", files).paths == Paths{"p", "scmplan.yaml"});  // a PATH inside a plan folder
        CHECK(discover_paths({}, "/w/p", "", files).paths == Paths{"/w", "/w/scmplan.yaml"});  // from inside the workspace
        CHECK(files.reads == 2);  // the workspace file, for its rules: key, twice; never /shared.yaml
    }
    // A link inside the workspace to a file inside it is followed.
    MemoryFiles inside({{"/w/scmplan.yaml", "scmplan: 1\nkind: workspace\nrules: link.yaml\n"},
                        {"/w/p/plan.yaml", "scmplan: 1\n"},
                        {"/w/rules/r.yaml", "scmplan: 1\nkind: rules\n"}});
    inside.link("/w/link.yaml", "/w/rules/r.yaml");
    CHECK(discover_paths({"p"}, "/w", "", inside).paths == Paths{"p", "scmplan.yaml", "link.yaml"});
}

TEST_CASE("discovery in memory: $SCMPLAN_WORKSPACE that is a symbolic link loop is reported as one") {
    // The e2e case bad-workspace-link-loop gives the loop as a PATH; a loop
    // cannot be kept in the repository, whose walkers would trip on it.
    MemoryFiles files;
    files.link("/loop", "/loop").file("/w/x.txt", "");
    Discovery d = discover_paths({}, "/w", "/loop", files);
    CHECK(d.origin == WorkspaceOrigin::environment);
    CHECK(d.paths == Paths{"/loop"});
    FoundFiles found = find_files(d.paths, files);
    REQUIRE(found.problems.items().size() == 1);
    CHECK(found.problems.items()[0].message == "symbolic link loop: following it leads back to a link");
}
