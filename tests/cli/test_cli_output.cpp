// The -o writer (src/cli/output_file.cpp): what it refuses, what it keeps, and
// the temporary file removed on a signal.
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

#include "output_file.hpp"

namespace fs = std::filesystem;
using scmplan::cli::write_output;

namespace {

struct Scratch {
    fs::path dir;
    Scratch() {
        std::string tmpl = (fs::temp_directory_path() / "scmplan-out-XXXXXX").string();
        dir = mkdtemp(tmpl.data());
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string path(const char* name) const { return (dir / name).string(); }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
    }
};

std::string read(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("-o: a new file, an existing file keeps its permissions") {
    Scratch s;
    std::string error;
    REQUIRE(write_output(s.path("new.md"), "one\n", error));
    CHECK(read(s.path("new.md")) == "one\n");
    chmod(s.path("new.md").c_str(), 0640);
    REQUIRE(write_output(s.path("new.md"), "two\n", error));
    CHECK(read(s.path("new.md")) == "two\n");
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
    CHECK(read(s.path("ro.md")) == "old");
    CHECK(s.entries() == 2);
}

TEST_CASE("-o: a link is written through, a link to a device or to nothing is refused") {
    Scratch s;
    std::string error;
    { std::ofstream(s.path("real.md")) << "old"; }
    fs::create_symlink("real.md", s.path("link.md"));
    REQUIRE(write_output(s.path("link.md"), "new", error));
    CHECK(fs::is_symlink(s.path("link.md")));
    CHECK(read(s.path("real.md")) == "new");
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
