// Diagnostics against a shared file table (src/core/diag.cpp): a diagnostic
// names its file by index, and printing resolves it.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "scmplan/diag.hpp"

using namespace scmplan;

TEST_CASE("Diagnostics: a diagnostic names its file by its index in the table") {
    Diagnostics d(std::vector<std::string>{"a.yaml", "b.yaml"});
    d.error(Loc{1, 3, 5}, DiagCode::E012, "x");
    d.warning(Loc{7, 1, 1}, DiagCode::W103, "no such file index");  // outside the table: no file
    REQUIRE(d.items().size() == 2);
    CHECK(d.items()[0].file == 1);
    CHECK(d.file_name(d.items()[0]) == "b.yaml");
    CHECK(d.items()[1].file == no_file);
    CHECK(d.file_name(d.items()[1]).empty());
}

TEST_CASE("Diagnostics: a path outside the table joins a copy of it; other holders keep theirs") {
    Diagnostics d(std::vector<std::string>{"a.yaml"});
    const FileTable before = d.file_table();
    d.add(Diagnostic{.code = DiagCode::E001, .message = "no such file or folder", .hint = {}}, "missing");
    CHECK(d.items()[0].file == 1);
    CHECK(d.file_name(d.items()[0]) == "missing");
    CHECK(before->size() == 1);  // the model's table is untouched
    CHECK(d.file_index("a.yaml") == 0);
    CHECK(d.file_index("missing") == 1);
}

TEST_CASE("Diagnostics: append names the files of another table by their paths") {
    Diagnostics one(std::vector<std::string>{"w1/a.yaml", "w1/b.yaml"});
    one.error(Loc{1, 2, 1}, DiagCode::E011, "in w1/b");
    Diagnostics two(std::vector<std::string>{"w2/a.yaml", "w1/b.yaml"});
    two.error(Loc{0, 1, 1}, DiagCode::E011, "in w2/a");
    two.error(Loc{1, 4, 1}, DiagCode::E011, "in w1/b again");
    Diagnostics all;
    all.append(one);
    all.append(two);
    REQUIRE(all.items().size() == 3);
    CHECK(all.file_name(all.items()[0]) == "w1/b.yaml");
    CHECK(all.file_name(all.items()[1]) == "w2/a.yaml");
    CHECK(all.file_name(all.items()[2]) == "w1/b.yaml");
    CHECK(all.items()[2].file == all.items()[0].file);  // one path, one index
}

TEST_CASE("Diagnostics: sorted by path, not by index, repeats dropped") {
    Diagnostics d(std::vector<std::string>{"z.yaml", "a.yaml"});
    d.error(Loc{0, 1, 1}, DiagCode::E011, "in z");
    d.error(Loc{1, 9, 1}, DiagCode::E011, "in a");
    d.error(Loc{1, 9, 1}, DiagCode::E011, "in a");
    d.add(Diagnostic{.code = DiagCode::E001, .message = "no workspace", .hint = {}});  // no file: first
    d.sort();
    REQUIRE(d.items().size() == 3);
    CHECK(d.file_name(d.items()[0]).empty());
    CHECK(d.file_name(d.items()[1]) == "a.yaml");
    CHECK(d.file_name(d.items()[2]) == "z.yaml");
}
