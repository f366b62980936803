// Tests of src/load/file_reader.cpp: the disk's FileReader reads a file within
// the size limit, measures one over it without reading it, and says why one
// cannot be read.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
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
