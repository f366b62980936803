// Tests of src/load/file_reader.cpp: the disk's FileReader reads a file within
// the size limit, measures one over it without reading it, and says why one
// cannot be read; tells what a path is, lists a folder and resolves links.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "scmplan/file_reader.hpp"

using namespace scmplan;
namespace fs = std::filesystem;

namespace {

/// A folder with one file, r.yaml, of 11 bytes.
struct Folder {
    fs::path root;
    Folder() {
        root = fs::temp_directory_path() / fs::path("scmplan-file-reader-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root);
        std::ofstream(root / "r.yaml") << "scmplan: 1\n";
    }
    ~Folder() { fs::remove_all(root); }
    std::string at(const std::string& rel) const { return (root / rel).generic_string(); }
};

}  // namespace

TEST_CASE("file_reader: the disk reads a file, refuses one over the limit and says why one cannot be read") {
    Folder t;
    FileRead ok = disk().read(t.at("r.yaml"), 100);
    REQUIRE(ok.text);
    CHECK(*ok.text == "scmplan: 1\n");
    FileRead big = disk().read(t.at("r.yaml"), 5);
    CHECK_FALSE(big.text);
    REQUIRE(big.oversize);
    CHECK(*big.oversize == 11);  // "scmplan: 1\n"
    FileRead gone = disk().read(t.at("nowhere.yaml"), 100);
    CHECK_FALSE(gone.text);
    CHECK_FALSE(gone.oversize);
    CHECK(gone.error == "No such file or directory");
    CHECK(disk().is_file(t.at("r.yaml")));
    CHECK_FALSE(disk().is_file(t.root.generic_string()));
    CHECK(disk().is_folder(t.root.generic_string()));
}

TEST_CASE("file_reader: the disk tells what a path is and lists a folder, links with what they lead to") {
    Folder t;
    fs::create_directory(t.root / "sub");
    fs::create_symlink("r.yaml", t.root / "to-file.yaml");
    fs::create_symlink("gone.yaml", t.root / "broken.yaml");
    fs::create_symlink("loop.yaml", t.root / "loop.yaml");
    CHECK(disk().status(t.at("r.yaml")).kind == PathKind::file);
    CHECK(disk().status(t.at("sub")).kind == PathKind::folder);
    CHECK(disk().status(t.at("to-file.yaml")).kind == PathKind::file);
    CHECK(disk().status(t.at("broken.yaml")).kind == PathKind::missing);
    CHECK(disk().status(t.at("loop.yaml")).kind == PathKind::loop);
    CHECK(disk().status(t.at("r.yaml/x")).kind == PathKind::missing);  // ENOTDIR
    const PathStatus null = disk().status("/dev/null");
    CHECK(null.kind == PathKind::special);
    CHECK(null.what == "a character device");

    FolderListing listing = disk().list(t.root.generic_string());
    CHECK_FALSE(listing.error);
    std::map<std::string, FolderEntry> by_name;
    for (auto& e : listing.entries) by_name[fs::path(e.path).filename().string()] = e;
    REQUIRE(by_name.size() == 5);
    CHECK(by_name["sub"].path == t.at("sub"));
    CHECK_FALSE(by_name["sub"].link);
    CHECK(by_name["sub"].status.kind == PathKind::folder);
    CHECK_FALSE(by_name["r.yaml"].link);
    CHECK(by_name["to-file.yaml"].link);
    CHECK(by_name["to-file.yaml"].status.kind == PathKind::file);
    CHECK(by_name["broken.yaml"].status.kind == PathKind::missing);
    CHECK(by_name["loop.yaml"].status.kind == PathKind::loop);

    FolderListing none = disk().list(t.at("nowhere"));
    CHECK(none.entries.empty());
    REQUIRE(none.error);
    CHECK(*none.error == "No such file or directory");

    const std::string canon_root = *disk().canonical(t.root.generic_string());
    CHECK(disk().canonical(t.at("to-file.yaml")) == canon_root + "/r.yaml");
    CHECK(disk().canonical(t.at("sub/../nowhere.yaml")) == canon_root + "/nowhere.yaml");  // weakly: need not exist
}

TEST_CASE("file_reader: the disk tells what a path itself is, resolves it strictly and opens files without blocking") {
    Folder t;
    fs::create_directory(t.root / "sub");
    fs::create_symlink("r.yaml", t.root / "to-file.yaml");
    fs::create_symlink("gone.yaml", t.root / "broken.yaml");
    fs::create_symlink("loop.yaml", t.root / "loop.yaml");
    REQUIRE(::mkfifo(t.at("fifo").c_str(), 0600) == 0);

    FolderEntry file = disk().entry(t.at("r.yaml"));
    CHECK((!file.link && file.status.kind == PathKind::file && file.path == t.at("r.yaml")));
    FolderEntry link = disk().entry(t.at("to-file.yaml"));
    CHECK((link.link && link.status.kind == PathKind::file));
    FolderEntry broken = disk().entry(t.at("broken.yaml"));
    CHECK((broken.link && broken.status.kind == PathKind::missing));
    FolderEntry gone = disk().entry(t.at("nowhere"));
    CHECK((!gone.link && gone.status.kind == PathKind::missing && gone.status.what == "No such file or directory"));
    FolderEntry fifo = disk().entry(t.at("fifo"));
    CHECK((!fifo.link && fifo.status.kind == PathKind::special && fifo.status.what == "a FIFO"));

    const std::string canon_root = *disk().canonical(t.root.generic_string());
    CHECK(disk().real_path(t.at("to-file.yaml")).path == canon_root + "/r.yaml");
    RealPath none = disk().real_path(t.at("sub/../nowhere.yaml"));  // strict, unlike canonical
    CHECK((!none.path && none.failure.kind == PathKind::missing && none.failure.what == "No such file or directory"));
    CHECK(disk().real_path(t.at("loop.yaml")).failure.kind == PathKind::loop);

    OpenedFile opened = disk().open(t.at("r.yaml"));
    REQUIRE(opened.stream);
    CHECK(opened.stream->size() == 11u);
    std::string text(64, '\0');
    std::ptrdiff_t n = opened.stream->read(text.data(), 4);
    CHECK(n == 4);
    n += opened.stream->read(text.data() + n, text.size() - static_cast<std::size_t>(n));
    text.resize(static_cast<std::size_t>(n));
    CHECK(text == "scmplan: 1\n");
    CHECK(opened.stream->read(text.data(), 1) == 0);  // the end
    CHECK(disk().open(t.at("fifo")).stream);          // no writer: opened at once, never waited for
    OpenedFile missing = disk().open(t.at("nowhere"));
    CHECK((!missing.stream && missing.error == "No such file or directory"));
}
