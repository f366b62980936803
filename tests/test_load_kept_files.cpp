// What a load keeps of its files when asked to (load.hpp KeptFile), and the
// edit that starts from it (record.hpp record_edits on a parsed tree): the
// hash is of the bytes parsed, the tree is the one parse_yaml gives, and the
// edit made from it is the edit made from the text, byte for byte.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>

#include "memory_files.hpp"
#include "scmplan/load.hpp"
#include "scmplan/date_text.hpp"
#include "scmplan/record.hpp"
#include "scmplan/sha256.hpp"

using namespace scmplan;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Every node of a tree with its kind, text and position, in order.
void flatten(const YNode& n, std::string& out) {
    out += std::to_string(static_cast<int>(n.kind)) + (n.quoted ? "q" : "") + "@" + std::to_string(n.loc.line) + ":" +
           std::to_string(n.loc.column) + "=" + n.text + "\n";
    for (const YNode& c : n.items) flatten(c, out);
}

std::string flat(const YNode& n) {
    std::string out;
    flatten(n, out);
    return out;
}

// The layouts of tests/edit/: block, flow, Thai text, CRLF line ends, no final line end, comments.
const char* layouts[] = {"block", "flow", "thai", "crlf", "no-eol", "comments"};

struct Loaded {
    std::map<std::string, std::string> texts;  ///< by the model's file name
    KeptFiles kept;
};

/// The layouts as one workspace's activity files, loaded with `keep`.
Loaded load_layouts(bool keep) {
    test::MemoryFiles files;
    Loaded out;
    for (const char* name : layouts) {
        std::string text = read(std::string(SCMPLAN_SOURCE_DIR) + "/tests/edit/" + name + ".yaml");
        files.file(std::string("/ws/") + name + ".yaml", text);
        out.texts[std::string("/ws/") + name + ".yaml"] = text;
    }
    std::vector<LoadResult> ws = load_workspaces({"/ws"}, files, {}, keep ? &out.kept : nullptr);
    REQUIRE(ws.size() == 1);
    for (const std::string& f : ws.front().model.files) REQUIRE_MESSAGE(out.texts.count(f), f);
    return out;
}

}  // namespace

TEST_CASE("a load asked to keep its files: the hash of the bytes parsed and parse_yaml's tree of them") {
    Loaded l = load_layouts(true);
    REQUIRE(l.kept.size() == l.texts.size());
    for (const auto& [path, text] : l.texts) {
        CAPTURE(path);
        REQUIRE(l.kept.count(path));
        const KeptFile& k = l.kept.at(path);
        CHECK(k.sha256 == sha256_hex(text));
        Diagnostics d;
        YNode parsed = parse_yaml(text, 0, d);
        REQUIRE(!d.has_errors());
        CHECK(k.root.is_map());
        CHECK(flat(k.root) == flat(parsed));
    }
}

TEST_CASE("a load not asked to keep its files keeps nothing") {
    Loaded l = load_layouts(false);
    CHECK(l.kept.empty());
}

TEST_CASE("record_edits on a kept tree gives the file record_edits gives from the text, byte for byte") {
    Loaded l = load_layouts(true);
    ProgressEdit progress;
    progress.quarter = 2;
    progress.actual = "40";
    progress.note = "แจกเวียนแล้ว: ทุกหน่วยงาน";
    progress.evidence = {"evidence/q2 report.pdf"};
    const std::vector<DoneEdit> done{{"2", Date::from_ymd(2023, 6, 20), {"evidence/a1-memo.pdf"}}};
    for (const auto& [path, text] : l.texts) {
        CAPTURE(path);
        RecordResult from_text = record_edits(text, done, {progress});
        RecordResult from_tree = record_edits(text, std::move(l.kept.at(path).root), done, {progress});
        REQUIRE_MESSAGE(from_text.text, from_text.error);
        REQUIRE_MESSAGE(from_tree.text, from_tree.error);
        CHECK(*from_tree.text == *from_text.text);
        CHECK(*from_tree.text != text);
        CHECK(from_tree.changes == from_text.changes);
    }
}

TEST_CASE("record_edits on a tree that is not a mapping refuses, as on a text that is not one") {
    RecordResult r = record_edits("- a\n- b\n", YNode{}, {{"1", Date::from_ymd(2023, 6, 20), {}}}, {});
    CHECK(!r.text);
    CHECK(r.error == record_edits("- a\n- b\n", {{"1", Date::from_ymd(2023, 6, 20), {}}}, {}).error);
}

namespace {

/// What a load says of its files: every diagnostic with its file and place,
/// and every activity with its place, steps and done dates.
std::string summary(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diags.items())
        out += r.diags.file_name(d) + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
               std::string(code_name(d.code)) + " " + d.message + "\n";
    for (const Activity& a : r.model.activities) {
        out += r.model.files.at(a.loc.file) + ":" + std::to_string(a.loc.line) + " " + a.id.value + "\n";
        for (const Step& s : a.steps)
            out += "  " + s.id.value + " " + s.title + " " + (s.done ? format_iso(s.done->value) : "-") + " @" +
                   std::to_string(s.id.loc.line) + ":" + std::to_string(s.id.loc.column) + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("a file whose parse reported an error is not kept: it would have to be parsed again to report it") {
    test::MemoryFiles files;
    files.file("/ws/good.yaml", read(std::string(SCMPLAN_SOURCE_DIR) + "/tests/edit/block.yaml"));
    files.file("/ws/bad.yaml", "scmplan: 1\nkind: activity\nid: \"A9\ntitle: x\n");
    KeptFiles kept;
    load_workspaces({"/ws"}, files, {}, &kept);
    CHECK(kept.count("/ws/good.yaml") == 1);
    CHECK(kept.count("/ws/bad.yaml") == 0);
}

TEST_CASE("load_sources reuses a kept tree only for the very bytes it was parsed from, and reads the same") {
    // The layouts, and one more file that parses but is read with a
    // diagnostic (an unknown key), which must name its own file.
    test::MemoryFiles files;
    std::map<std::string, std::string> texts;
    for (const char* name : layouts)
        texts[std::string("/ws/") + name + ".yaml"] = read(std::string(SCMPLAN_SOURCE_DIR) + "/tests/edit/" + name + ".yaml");
    texts["/ws/zz-flagged.yaml"] = texts["/ws/block.yaml"] + "colour: red\n";
    for (const auto& [path, text] : texts) files.file(path, text);
    KeptFiles kept;
    std::vector<LoadResult> first = load_workspaces({"/ws"}, files, {}, &kept);
    REQUIRE(kept.size() == texts.size());
    // The files in another order than the first load's (so other file
    // numbers), and one of them changed.
    const std::string changed = "/ws/block.yaml";
    std::vector<Source> sources;
    for (auto it = texts.rbegin(); it != texts.rend(); ++it) sources.push_back({it->first, it->second});
    for (Source& s : sources)
        if (s.path == changed) s.text = record_edits(s.text, {{"2", Date::from_ymd(2023, 6, 20), {}}}, {}).text.value();
    LoadResult plain = load_sources(sources);
    LoadResult reused = load_sources(sources, {}, &kept);
    CHECK(summary(reused) == summary(plain));
    CHECK(summary(reused).find("/ws/zz-flagged.yaml:") != std::string::npos);        // its diagnostic
    CHECK(summary(reused).find("2 แจกเวียนแผน 2023-06-20") != std::string::npos);  // the changed file, parsed
    // The unchanged files' trees were taken (moved out); the changed file's was not.
    for (const auto& [path, k] : kept) {
        CAPTURE(path);
        CHECK(k.root.is_map() == (path == changed));
        CHECK(k.sha256.empty() == (path != changed));  // a taken entry cannot be taken twice
    }
    // Loaded again from the same entries: every file is parsed, and reads the same.
    CHECK(summary(load_sources(sources, {}, &kept)) == summary(plain));
}
