// The -o writer (src/cli/output_file.cpp): what it refuses, what it keeps, and
// the temporary file removed on a signal; the locked, verified edit of a file
// in place (src/cli/file_edit.cpp).
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "file_edit.hpp"
#include "output_file.hpp"
#include "scratch.hpp"

namespace fs = std::filesystem;
using scmplan::test::Scratch;
using scmplan::cli::write_output;

TEST_CASE("-o: a new file, an existing file keeps its permissions") {
    Scratch s;
    std::string error;
    REQUIRE(write_output(s.path("new.md"), "one\n", error));
    CHECK(scmplan::test::read_file(s.path("new.md")) == "one\n");
    chmod(s.path("new.md").c_str(), 0640);
    REQUIRE(write_output(s.path("new.md"), "two\n", error));
    CHECK(scmplan::test::read_file(s.path("new.md")) == "two\n");
    struct stat st {};
    REQUIRE(stat(s.path("new.md").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(s.entries() == 1);  // no temporary file left
}

TEST_CASE("-o: a FIFO, a folder and a read-only file are refused and left as they were") {
    Scratch s;
    std::string error;
    REQUIRE(mkfifo(s.path("fifo").c_str(), 0644) == 0);
    CHECK_FALSE(write_output(s.path("fifo"), "x", error));
    CHECK(error == "cannot write " + s.path("fifo") +
                       ": a FIFO, not a regular file (write to a file, or -o - for standard output)");
    struct stat st {};
    REQUIRE(lstat(s.path("fifo").c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK_FALSE(write_output(s.dir.string(), "x", error));
    CHECK(error.find(": a folder, not a regular file") != std::string::npos);
    { std::ofstream(s.path("ro.md")) << "old"; }
    chmod(s.path("ro.md").c_str(), 0444);
    CHECK_FALSE(write_output(s.path("ro.md"), "new", error));
    CHECK(error == "cannot write " + s.path("ro.md") + ": the file is read-only");
    CHECK(scmplan::test::read_file(s.path("ro.md")) == "old");
    CHECK(s.entries() == 2);
}

TEST_CASE("-o: a link is written through, a link to a device or to nothing is refused") {
    Scratch s;
    std::string error;
    { std::ofstream(s.path("real.md")) << "old"; }
    fs::create_symlink("real.md", s.path("link.md"));
    REQUIRE(write_output(s.path("link.md"), "new", error));
    CHECK(fs::is_symlink(s.path("link.md")));
    CHECK(scmplan::test::read_file(s.path("real.md")) == "new");
    fs::create_symlink("/dev/null", s.path("null.md"));
    CHECK_FALSE(write_output(s.path("null.md"), "x", error));
    CHECK(error.find("a character device, not a regular file") != std::string::npos);
    CHECK(fs::is_symlink(s.path("null.md")));
    fs::create_symlink("missing.md", s.path("dangling.md"));
    CHECK_FALSE(write_output(s.path("dangling.md"), "x", error));
    CHECK(error == "cannot write " + s.path("dangling.md") + ": a symbolic link to nothing");
    CHECK_FALSE(write_output("", "x", error));
}

TEST_CASE("a signal during the write removes the temporary file and exits 128 + N") {
    Scratch s;
    const std::string temp = s.path(".report.md.tmp-test");
    { std::ofstream(temp) << "partial"; }
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        scmplan::cli::arm_temp_cleanup(temp);
        raise(SIGTERM);
        _exit(0);  // not reached: the handler exits
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 128 + SIGTERM);
    CHECK_FALSE(fs::exists(temp));
}

TEST_CASE("temporary names fit in a file name whatever the target's length") {
    Scratch s;
    std::string error;
    CHECK(scmplan::cli::temp_name_for(s.path("report.md")) == s.path(".report.md.tmp-XXXXXX"));
    // 81 Thai letters and `.yaml`: 248 bytes, a legal name; with `.` and
    // `.tmp-XXXXXX` it would be 260, over the 255 a name may have.
    std::string name;
    for (int i = 0; i < 81; ++i) name += "\xE0\xB8\x81";  // ก
    name += ".yaml";
    const std::string temp = scmplan::cli::temp_name_for(s.path(name.c_str()));
    CHECK(fs::path(temp).parent_path() == s.dir);
    CHECK(fs::path(temp).filename().string().size() <= 255);
    CHECK(fs::path(temp).filename().string().starts_with("."));
    CHECK(fs::path(temp).filename().string().ends_with(".tmp-XXXXXX"));
    REQUIRE_MESSAGE(write_output(s.path(name.c_str()), "one\n", error), error);
    REQUIRE_MESSAGE(write_output(s.path(name.c_str()), "two\n", error), error);
    CHECK(scmplan::test::read_file(s.path(name.c_str())) == "two\n");
    CHECK(s.entries() == 1);
}

TEST_CASE("write_output: a check before the rename that fails leaves the file and no temporary") {
    Scratch s;
    std::string error;
    { std::ofstream(s.path("a.yaml")) << "old\n"; }
    CHECK_FALSE(write_output(s.path("a.yaml"), "new\n", error, [](std::string& why) {
        why = "no";
        return false;
    }));
    CHECK(error == "no");
    CHECK(scmplan::test::read_file(s.path("a.yaml")) == "old\n");
    CHECK(s.entries() == 1);
}

TEST_CASE("FileEdit: a file changed behind the edit's back is not written over") {
    using scmplan::cli::FileEdit;
    Scratch s;
    std::string error;
    { std::ofstream(s.path("A07.yaml")) << "steps: []\n"; }
    FileEdit edit;
    REQUIRE_MESSAGE(edit.open(s.path("A07.yaml"), error), error);
    CHECK(edit.text() == "steps: []\n");
    // An editor saves in between (editors take no lock).
    { std::ofstream(s.path("A07.yaml")) << "steps: [] # saved by an editor\n"; }
    CHECK(edit.commit("steps: [{id: \"1\"}]\n", error) == FileEdit::Commit::changed);
    CHECK(error == s.path("A07.yaml") + " changed while editing; run again");
    CHECK(scmplan::test::read_file(s.path("A07.yaml")) == "steps: [] # saved by an editor\n");
    CHECK(s.entries() == 1);  // the temporary file removed
}

TEST_CASE("FileEdit: unchanged, the edit is written; a second edit waits for the first") {
    using scmplan::cli::FileEdit;
    Scratch s;
    std::string error;
    { std::ofstream(s.path("A07.yaml")) << "a: 1\n"; }
    {
        FileEdit first;
        REQUIRE_MESSAGE(first.open(s.path("A07.yaml"), error), error);
        // The lock is on the file: another edit (another open file, as another
        // process has) cannot have it while the first holds it.
        FileEdit second;
        CHECK_FALSE(second.open(s.path("A07.yaml"), error, 50));
        CHECK(error == s.path("A07.yaml") + " is being edited by another scmplan run; try again when it has finished");
        CHECK(first.commit("a: 2\n", error) == FileEdit::Commit::written);
    }
    CHECK(scmplan::test::read_file(s.path("A07.yaml")) == "a: 2\n");
    // Released with the first: the next edit reads what it wrote.
    FileEdit third;
    REQUIRE_MESSAGE(third.open(s.path("A07.yaml"), error, 0), error);
    CHECK(third.text() == "a: 2\n");
    CHECK(s.entries() == 1);
}

TEST_CASE("FileEdit: an edit that waited for one that replaced the file locks the new file") {
    using scmplan::cli::FileEdit;
    Scratch s;
    std::string error;
    { std::ofstream(s.path("A07.yaml")) << "a: 1\n"; }
    // Forked before the lock is taken: a child would otherwise share it.
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Waits for the parent's lock, then must read what the parent wrote.
        char c = 0;
        close(ready[1]);
        if (::read(ready[0], &c, 1) != 1) _exit(1);
        FileEdit second;
        std::string e;
        if (!second.open(s.path("A07.yaml"), e, 10000)) _exit(2);
        if (second.text() != "a: 2\n") _exit(3);
        if (second.commit("a: 3\n", e) != FileEdit::Commit::written) _exit(4);
        _exit(0);
    }
    close(ready[0]);
    {
        FileEdit first;
        REQUIRE_MESSAGE(first.open(s.path("A07.yaml"), error), error);
        REQUIRE(::write(ready[1], "x", 1) == 1);
        usleep(100000);  // the child is waiting for the lock now
        CHECK(first.commit("a: 2\n", error) == FileEdit::Commit::written);
    }
    close(ready[1]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(scmplan::test::read_file(s.path("A07.yaml")) == "a: 3\n");
}
