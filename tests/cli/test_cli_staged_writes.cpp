// Many files written and flushed together (src/cli/staged_writes.cpp), as a
// form's import writes them: nothing replaced before every file is staged and
// flushed, each replaced under the same check as an in-place edit, the
// temporary files gone whatever happens, on a signal too.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <sys/file.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "file_edit.hpp"
#include "output_file.hpp"
#include "scratch.hpp"
#include "staged_writes.hpp"

namespace fs = std::filesystem;
using scmplan::test::Scratch;
using scmplan::cli::FileEdit;
using scmplan::cli::SignalsHeld;
using scmplan::cli::StagedWrites;

TEST_CASE("staged writes: nothing is replaced until published; each keeps its mode; a link is written through") {
    Scratch s;
    std::string error;
    { std::ofstream(s.path("a.yaml")) << "a: 1\n"; }
    { std::ofstream(s.path("b.yaml")) << "b: 1\n"; }
    chmod(s.path("b.yaml").c_str(), 0640);
    fs::create_symlink(s.path("b.yaml"), s.path("link.yaml"));
    StagedWrites w;
    REQUIRE_MESSAGE(w.stage(s.path("a.yaml"), "a: 2\n", error), error);
    REQUIRE_MESSAGE(w.stage(s.path("link.yaml"), "b: 2\n", error), error);
    REQUIRE_MESSAGE(w.stage(s.path("new.yaml"), "n: 1\n", error), error);
    CHECK(w.size() == 3);
    CHECK(scmplan::test::read_file(s.path("a.yaml")) == "a: 1\n");  // staged only
    CHECK(scmplan::test::read_file(s.path("b.yaml")) == "b: 1\n");
    CHECK(s.entries() == 3 + 3);                // and three temporary files beside them
    REQUIRE_MESSAGE(w.sync(error), error);
    for (std::size_t i = 0; i < w.size(); ++i) REQUIRE_MESSAGE(w.publish(i, error), error);
    CHECK(scmplan::test::read_file(s.path("a.yaml")) == "a: 2\n");
    CHECK(scmplan::test::read_file(s.path("b.yaml")) == "b: 2\n");
    CHECK(fs::is_symlink(s.path("link.yaml")));
    CHECK(scmplan::test::read_file(s.path("new.yaml")) == "n: 1\n");
    struct stat st {};
    REQUIRE(stat(s.path("b.yaml").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(s.entries() == 4);  // a, b, link, new: no temporary left
}

TEST_CASE("staged writes: what write_output refuses is refused with its sentence; unpublished files are removed") {
    Scratch s;
    std::string error;
    fs::create_directory(s.path("folder.yaml"));
    { std::ofstream(s.path("a.yaml")) << "a: 1\n"; }
    {
        StagedWrites w;
        REQUIRE_MESSAGE(w.stage(s.path("a.yaml"), "a: 2\n", error), error);
        CHECK_FALSE(w.stage(s.path("folder.yaml"), "x\n", error));
        CHECK(error == "cannot write " + s.path("folder.yaml") +
                           ": a folder, not a regular file (write to a file, or -o - for standard output)");
        CHECK(w.size() == 1);
    }  // destroyed unpublished
    CHECK(scmplan::test::read_file(s.path("a.yaml")) == "a: 1\n");
    CHECK(s.entries() == 2);
}

TEST_CASE("staged writes: an edit's file changed behind its back is not written over, the others are") {
    Scratch s;
    std::string error;
    { std::ofstream(s.path("A01.yaml")) << "a: 1\n"; }
    { std::ofstream(s.path("A02.yaml")) << "b: 1\n"; }
    FileEdit one, two;
    REQUIRE_MESSAGE(one.open(s.path("A01.yaml"), error), error);
    REQUIRE_MESSAGE(two.open(s.path("A02.yaml"), error), error);
    StagedWrites w;
    REQUIRE_MESSAGE(w.stage(s.path("A01.yaml"), "a: 2\n", error), error);
    REQUIRE_MESSAGE(w.stage(s.path("A02.yaml"), "b: 2\n", error), error);
    REQUIRE_MESSAGE(w.sync(error), error);
    { std::ofstream(s.path("A02.yaml")) << "b: 1 # saved by an editor\n"; }
    CHECK(one.commit_staged(w, 0, error) == FileEdit::Commit::written);
    CHECK(two.commit_staged(w, 1, error) == FileEdit::Commit::changed);
    CHECK(error == s.path("A02.yaml") + " changed while editing; run again");
    CHECK(scmplan::test::read_file(s.path("A01.yaml")) == "a: 2\n");
    CHECK(scmplan::test::read_file(s.path("A02.yaml")) == "b: 1 # saved by an editor\n");
    CHECK(s.entries() == 2);
}

/// Runs `stage_then_signal` (which stages 50 new files and a.yaml's new text
/// into its StagedWrites, and has SIGTERM handled) in a child process: the
/// handler must remove every temporary file, leave a.yaml as it was and exit
/// 128 + SIGTERM.
template <class Body>
void check_signal_cleanup(const Scratch& s, Body stage_then_signal) {
    { std::ofstream(s.path("a.yaml")) << "a: 1\n"; }
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        StagedWrites w;
        auto stage_all = [&] {
            std::string e;
            for (int i = 0; i < 50; ++i)
                if (!w.stage(s.path("f" + std::to_string(i) + ".yaml"), "x\n", e)) return false;
            return w.stage(s.path("a.yaml"), "a: 2\n", e);
        };
        stage_then_signal(stage_all);
        _exit(0);  // not reached: the handler exits
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 128 + SIGTERM);
    CHECK(s.entries() == 1);
    CHECK(scmplan::test::read_file(s.path("a.yaml")) == "a: 1\n");
}

TEST_CASE("staged writes: a signal while files are staged removes every temporary file and exits 128 + N") {
    Scratch s;
    check_signal_cleanup(s, [](auto stage_all) {
        if (!stage_all()) _exit(3);
        raise(SIGTERM);
    });
}

TEST_CASE("staged writes: the files staged on another thread while the signals are held are removed by one that came meanwhile") {
    Scratch s;
    check_signal_cleanup(s, [](auto stage_all) {
        SignalsHeld held;
        raise(SIGTERM);  // pending until the signals are released
        bool ok = false;
        std::thread stager([&] { ok = stage_all(); });
        stager.join();
        if (!ok) _exit(3);
        held.release();  // the handler runs now
    });
}

TEST_CASE("file edits: the text is read through the lock's descriptor; release_all drops every lock") {
    Scratch s;
    std::string error;
    std::vector<std::unique_ptr<FileEdit>> edits;
    std::vector<FileEdit*> all;
    StagedWrites w;
    for (int i = 0; i < 40; ++i) {
        std::string p = s.path("A" + std::to_string(i) + ".yaml");
        { std::ofstream(p) << "n: " << i << "\n"; }
        edits.push_back(std::make_unique<FileEdit>());
        REQUIRE_MESSAGE(edits.back()->open(p, error, 0), error);
        CHECK(edits.back()->text() == "n: " + std::to_string(i) + "\n");
        REQUIRE_MESSAGE(w.stage(p, "n: " + std::to_string(i + 1) + "\n", error), error);
        all.push_back(edits.back().get());
    }
    REQUIRE_MESSAGE(w.sync(error), error);
    for (std::size_t i = 0; i < edits.size(); ++i) REQUIRE(edits[i]->commit_staged(w, i, error) == FileEdit::Commit::written);
    // Each lock is a descriptor of the file it replaced: all closed by release_all.
    auto open_fds = [] {
        return std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator());
    };
    const auto before = open_fds();
    scmplan::cli::release_all(all, 4);
    CHECK(open_fds() == before - 40);
    for (int i = 0; i < 40; ++i) {
        FileEdit again;
        REQUIRE_MESSAGE(again.open(s.path("A" + std::to_string(i) + ".yaml"), error, 0), error);
        CHECK(again.text() == "n: " + std::to_string(i + 1) + "\n");
    }
    CHECK(s.entries() == 40);
}

TEST_CASE("file edits: read_fd_whole reads a file from its start, whatever the descriptor's offset") {
    Scratch s;
    std::string big(200000, 'x');
    big += "end\n";
    { std::ofstream(s.path("big.txt")) << big; }
    int fd = ::open(s.path("big.txt").c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    REQUIRE(lseek(fd, 1000, SEEK_SET) == 1000);
    std::string text = "old";
    CHECK(scmplan::cli::read_fd_whole(fd, text));
    CHECK(text == big);
    CHECK(lseek(fd, 0, SEEK_CUR) == 1000);
    close(fd);
    CHECK_FALSE(scmplan::cli::read_fd_whole(-1, text));
}
