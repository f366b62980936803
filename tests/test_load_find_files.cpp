// Tests of src/load/find_files.cpp: the walk over folders, driven by files held
// in memory (no disk): what is found, in which order, and what is reported.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "memory_files.hpp"
#include "scmplan/file_reader.hpp"
#include "scmplan/load.hpp"

using namespace scmplan;
using test::MemoryFiles;
using Paths = std::vector<std::string>;

namespace {

/// "path: message [hint]" per problem, in the order reported.
Paths problems(const FoundFiles& found) {
    Paths out;
    for (const auto& d : found.problems.items()) {
        CHECK(d.code == DiagCode::E001);
        out.push_back(found.problems.file_name(d) + ": " + d.message + (d.hint.empty() ? "" : " [" + d.hint + "]"));
    }
    return out;
}

}  // namespace

TEST_CASE("find_files in memory: nested folders, in path order, non-YAML and hidden entries left out") {
    MemoryFiles files;
    files.file("/w/b/plan.yaml")
        .file("/w/a/z.yml")
        .file("/w/a/deep/er/x.yaml")
        .file("/w/a/notes.txt")
        .file("/w/README.md")
        .file("/w/.hidden.yaml")
        .file("/w/.git/config.yaml")
        .file("/w/top.yaml");
    FoundFiles found = find_files({"/w"}, files);
    CHECK(found.files == Paths{"/w/a/deep/er/x.yaml", "/w/a/z.yml", "/w/b/plan.yaml", "/w/top.yaml"});
    CHECK(found.problems.items().empty());
    CHECK(files.reads == 0);  // finding files reads none
}

TEST_CASE("find_files in memory: a file given is taken as it is; a folder given twice yields each file once") {
    MemoryFiles files;
    files.file("/w/p/plan.yaml").file("/w/notes.txt");
    CHECK(find_files({"/w/notes.txt"}, files).files == Paths{"/w/notes.txt"});
    FoundFiles twice = find_files({"/w", "/w/p/plan.yaml", "/w"}, files);
    CHECK(twice.files == Paths{"/w/p/plan.yaml"});
}

TEST_CASE("find_files in memory: missing, special and empty paths given") {
    MemoryFiles files;
    files.special("/dev/fifo", "a FIFO").folder("/empty").file("/txt/a.txt");
    FoundFiles found = find_files({"/nowhere", "/dev/fifo", "/empty", "/txt"}, files);
    CHECK(found.files.empty());
    CHECK(problems(found) == Paths{"/nowhere: no such file or folder", "/dev/fifo: not a regular file or folder",
                                   "/empty: no .yaml or .yml files found", "/txt: no .yaml or .yml files found"});
}

TEST_CASE("find_files in memory: a path given that is a symbolic link loop says so, not 'no such file'") {
    // As $SCMPLAN_WORKSPACE or a PATH: ELOOP is not ENOENT.
    MemoryFiles files;
    files.link("/ws", "/ws").link("/a", "/b").link("/b", "/a");
    FoundFiles found = find_files({"/ws", "/a"}, files);
    CHECK(found.files.empty());
    CHECK(problems(found) ==
          Paths{"/ws: symbolic link loop: following it leads back to a link [point the link at a file or folder]",
                "/a: symbolic link loop: following it leads back to a link [point the link at a file or folder]"});
}

TEST_CASE("find_files in memory: links to files are followed, links to folders are not, broken links and loops reported") {
    MemoryFiles files;
    files.file("/w/real/a.yaml")
        .link("/w/to-file.yaml", "/w/real/a.yaml")
        .link("/w/to-folder", "/w/real")
        .link("/w/broken.yaml", "/w/gone.yaml")
        .link("/w/broken.txt", "/w/gone.txt")  // not YAML: not reported
        .link("/w/loop1.yaml", "/w/loop2.yaml")
        .link("/w/loop2.yaml", "/w/loop1.yaml")
        .link("/w/out.yaml", "/elsewhere/b.yaml")
        .link("/w/out-folder", "/elsewhere")
        .link("/w/to-fifo.yaml", "/w/fifo")
        .special("/w/fifo", "a FIFO")
        .file("/elsewhere/b.yaml");
    FoundFiles found = find_files({"/w"}, files);
    // The link to a file inside the workspace names the same file as its target: read once, at its first place.
    CHECK(found.files == Paths{"/w/real/a.yaml"});
    Paths got = problems(found);
    std::sort(got.begin(), got.end());
    CHECK(got == Paths{
                     "/w/broken.yaml: broken symbolic link: its target does not exist",
                     "/w/loop1.yaml: symbolic link loop: following it leads back to a link [point the link at a file]",
                     "/w/loop2.yaml: symbolic link loop: following it leads back to a link [point the link at a file]",
                     "/w/out-folder: symbolic link leads outside the workspace [copy the file into the workspace instead]",
                     "/w/out.yaml: symbolic link leads outside the workspace [copy the file into the workspace instead]",
                     "/w/to-fifo.yaml: symbolic link to a FIFO, not to a regular file",
                 });
    // A link to a file is found at its own place when its target is not (outside the folder walked).
    MemoryFiles only_link;
    only_link.file("/w/data/a.yaml").link("/w/ws/a.yaml", "/w/data/a.yaml").folder("/w/ws");
    CHECK(problems(find_files({"/w/ws"}, only_link)) ==
          Paths{"/w/ws/a.yaml: symbolic link leads outside the workspace [copy the file into the workspace instead]",
                "/w/ws: no .yaml or .yml files found"});
    CHECK(find_files({"/w"}, only_link).files == Paths{"/w/data/a.yaml"});
}

TEST_CASE("find_files in memory: special files and unreadable folders are reported, never read") {
    MemoryFiles files;
    files.file("/w/ok.yaml")
        .special("/w/pipe.yaml", "a FIFO")
        .special("/w/sock.txt", "a socket")  // not YAML: not reported
        .unreadable("/w/locked")
        .file("/w/locked/inside.yaml");
    FoundFiles found = find_files({"/w"}, files);
    CHECK(found.files == Paths{"/w/ok.yaml"});
    Paths got = problems(found);
    std::sort(got.begin(), got.end());
    CHECK(got == Paths{"/w/locked: cannot read folder: Permission denied [check that it exists and is readable]",
                       "/w/pipe.yaml: a FIFO, not a regular file [only regular files are read]"});
    CHECK(files.reads == 0);
}

TEST_CASE("find_files in memory: folders nested deeper than 64 levels are not walked") {
    MemoryFiles files;
    std::string deep = "/w";
    for (int i = 0; i < 66; ++i) deep += "/d";
    files.file(deep + "/x.yaml").file("/w/top.yaml");
    FoundFiles found = find_files({"/w"}, files);
    CHECK(found.files == Paths{"/w/top.yaml"});
    REQUIRE(found.problems.items().size() == 1);
    CHECK(found.problems.items()[0].message == "folders nested deeper than 64 levels");
    CHECK(found.problems.file_name(found.problems.items()[0]).size() == std::string("/w").size() + 65 * 2);
}

TEST_CASE("workspace_root in memory: the first folder given, or the folder of the first file given") {
    MemoryFiles files;
    files.file("/w/p/plan.yaml");
    Model m;
    CHECK(workspace_root(m, {"/nowhere", "/w/p/plan.yaml"}, files) == "/w/p");
    CHECK(workspace_root(m, {"/w", "/w/p/plan.yaml"}, files) == "/w");
    CHECK(workspace_root(m, {"/nowhere"}, files).empty());
}
