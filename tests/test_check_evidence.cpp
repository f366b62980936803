// Evidence: reading `evidence:` (src/load/read_evidence.cpp) and checking where
// it points (src/check/check_evidence.cpp), with real files and links in a
// temporary workspace for the checks that look at the disk.
#include <doctest/doctest.h>

#include <filesystem>
#include <limits>
#include <fstream>

#include <unistd.h>

#include "memory_files.hpp"
#include "support.hpp"

using namespace scmplan;
using namespace scmplan::test;
namespace fs = std::filesystem;

namespace {

/// An activity whose step 1 has `evidence` (YAML flow text of the list).
std::string with_evidence(const std::string& list) {
    return "scmplan: 1\nkind: activity\nplan: p1\nid: A01\ntitle: ก\nowners: [ส.ตต.]\n"
           "period: {start: 2023-01-01, end: 2023-12-31}\n"
           "steps:\n  - {id: \"1\", title: ข, done: 2023-03-15, evidence: " + list + "}\n";
}

/// A scratch workspace root with evidence/memo.pdf, removed at the end.
struct Scratch {
    fs::path root;
    Scratch() {
        root = fs::temp_directory_path() / fs::path("scmplan-ev-" + std::to_string(::getpid()));
        fs::remove_all(root);
        fs::create_directories(root / "ws" / "evidence");
        std::ofstream(root / "ws" / "evidence" / "memo.pdf") << "memo";
        std::ofstream(root / "secret.pdf") << "secret";
    }
    ~Scratch() { fs::remove_all(root); }
};

std::string check_in(const std::string& root, const std::string& activity) {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity}});
    r.model.root = root;
    Diagnostics d(r.model.files);
    check_evidence(r.model, d, &disk());
    return diag_lines(r.diags) + diag_lines(d);
}

}  // namespace

TEST_CASE("evidence: paths, URLs and described items load") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()},
                                 {"a.yaml", with_evidence("[evidence/a.pdf, \"https://x.org/a\", "
                                                          "{path: evidence/b.pdf, title: บันทึก, date: 20 มิ.ย. 66}, "
                                                          "{url: \"http://x.org\"}]")}});
    CHECK(diag_lines(r.diags) == "");
    const auto& ev = r.model.activities.at(0).steps.at(0).evidence;
    REQUIRE(ev.size() == 4);
    CHECK((ev[0].ref.value == "evidence/a.pdf" && !ev[0].url));
    CHECK((ev[1].ref.value == "https://x.org/a" && ev[1].url));
    CHECK((ev[2].title == "บันทึก" && ev[2].date->value == Date::from_ymd(2023, 6, 20)));
    CHECK(ev[2].ref.loc.line == 9);
    CHECK(ev[3].url);
}

TEST_CASE("evidence: a scalar instead of a list, both path and url, neither") {
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", with_evidence("evidence/a.pdf")}}) ==
          "a.yaml:9:53: E013 step 'evidence' must be a list, not 'evidence/a.pdf' [write it as [ … ] or as lines starting with '- ']\n");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", with_evidence("[{path: a, url: \"https://x\"}]")}}) ==
          "a.yaml:9:69: E014 evidence has both 'path' and 'url' [write one entry for the file and one for the link]\n");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", with_evidence("[{title: t}]")}}) ==
          "a.yaml:9:54: E014 evidence needs 'path' or 'url'\n");
    CHECK(check_sources({{"p.yaml", plan_yaml()}, {"a.yaml", with_evidence("[{path: a, titel: t}]")}}) ==
          "a.yaml:9:64: E011 unknown key 'titel' in step evidence [did you mean 'title'?]\n");
}

TEST_CASE("evidence: escapes from the workspace are errors, without looking at the disk") {
    // Loaded from memory: no root, so only the form of each path is checked.
    CHECK(check_sources({{"p.yaml", plan_yaml()},
                         {"a.yaml", with_evidence("[../x.pdf, evidence/../../x.pdf, /etc/passwd, \"C:\\\\x.pdf\", "
                                                  "~/x.pdf, \"a\\\\b.pdf\", ./evidence/../ok.pdf]")}}) ==
          "a.yaml:9:54: E050 evidence path '../x.pdf' leaves the workspace [copy the file into the workspace (e.g. under evidence/) and name it from there]\n"
          "a.yaml:9:64: E050 evidence path 'evidence/../../x.pdf' leaves the workspace [copy the file into the workspace (e.g. under evidence/) and name it from there]\n"
          "a.yaml:9:86: E050 evidence path '/etc/passwd' is absolute [write the path relative to the workspace root, e.g. evidence/minutes.pdf]\n"
          "a.yaml:9:99: E050 evidence path 'C:\\x.pdf' is absolute [write the path relative to the workspace root, e.g. evidence/minutes.pdf]\n"
          "a.yaml:9:112: E050 evidence path '~/x.pdf' is absolute [write the path relative to the workspace root, e.g. evidence/minutes.pdf]\n"
          "a.yaml:9:121: E050 evidence path 'a\\b.pdf' leaves the workspace [copy the file into the workspace (e.g. under evidence/) and name it from there]\n");
}

TEST_CASE("evidence: URLs must be http or https with a host") {
    CHECK(check_sources({{"p.yaml", plan_yaml()},
                         {"a.yaml", with_evidence("[\"ftp://x.org/a\", \"https://\", \"mailto:a@b.org\", "
                                                  "{url: \"www.x.org\"}, \"https://x.org/ok\"]")}}) ==
          "a.yaml:9:54: E051 evidence URL 'ftp://x.org/a' is not an http or https address [write a link as https://…, or a file as a path relative to the workspace root]\n"
          "a.yaml:9:71: E051 evidence URL 'https://' is not an http or https address [write a link as https://…, or a file as a path relative to the workspace root]\n"
          "a.yaml:9:83: E051 evidence URL 'mailto:a@b.org' is not an http or https address [write a link as https://…, or a file as a path relative to the workspace root]\n"
          "a.yaml:9:107: E051 evidence URL 'www.x.org' is not an http or https address [write a link as https://…, or a file as a path relative to the workspace root]\n");
}

TEST_CASE("evidence: on disk, a missing file is a warning, a link out an error, a link in fine") {
    Scratch s;
    fs::create_symlink(s.root / "secret.pdf", s.root / "ws" / "evidence" / "abs-link.pdf");
    fs::create_symlink("../../secret.pdf", s.root / "ws" / "evidence" / "rel-link.pdf");
    fs::create_symlink("memo.pdf", s.root / "ws" / "evidence" / "in-link.pdf");
    fs::create_directory_symlink(s.root, s.root / "ws" / "up");
    fs::create_symlink("gone.pdf", s.root / "ws" / "evidence" / "broken.pdf");
    const std::string root = (s.root / "ws").string();
    CHECK(check_in(root, with_evidence("[evidence/memo.pdf, evidence/in-link.pdf, evidence, evidence/none.pdf, "
                                       "evidence/abs-link.pdf, evidence/rel-link.pdf, up/secret.pdf, "
                                       "evidence/broken.pdf]")) ==
          // The folder `evidence` holds the links too: each is reported at it
          // (errors before warnings at one place).
          "a.yaml:9:95: E050 evidence path 'evidence' holds 'evidence/abs-link.pdf', which is a symbolic link that leads outside the workspace [copy the file into the workspace instead of linking to it]\n"
          "a.yaml:9:95: E050 evidence path 'evidence' holds 'evidence/rel-link.pdf', which is a symbolic link that leads outside the workspace [copy the file into the workspace instead of linking to it]\n"
          "a.yaml:9:95: W123 evidence path 'evidence' holds 'evidence/broken.pdf', which is a broken symbolic link [point the link at an existing file, or replace it by the file]\n"
          "a.yaml:9:105: W123 evidence file 'evidence/none.pdf' does not exist in " + root +
              " [add the file, or correct the path (relative to the workspace root)]\n"
              "a.yaml:9:124: E050 evidence path 'evidence/abs-link.pdf' is a symbolic link that leads outside the workspace [copy the file into the workspace instead of linking to it]\n"
              "a.yaml:9:147: E050 evidence path 'evidence/rel-link.pdf' is a symbolic link that leads outside the workspace [copy the file into the workspace instead of linking to it]\n"
              "a.yaml:9:170: E050 evidence path 'up/secret.pdf' is a symbolic link that leads outside the workspace [copy the file into the workspace instead of linking to it]\n"
              "a.yaml:9:185: W123 evidence file 'evidence/broken.pdf' is a broken symbolic link [point the link at an existing file, or replace it by the file]\n");
}

TEST_CASE("evidence: required_for_done warns about done steps without evidence") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}});
    Diagnostics d(r.model.files);
    check_evidence(r.model, d, &disk());
    CHECK(diag_lines(d) == "");  // optional by default
    r.model.rules.evidence_required_for_done = true;
    check_evidence(r.model, d, &disk());
    CHECK(diag_lines(d) == "a.yaml:9:56: W124 step 1 of activity A01 is done but has no evidence [the rules require evidence for done steps: add 'evidence: [evidence/…]']\n");
}

TEST_CASE("rules: evidence and backdated_done_days") {
    std::string rules(builtin_rules_yaml());
    LoadResult r = load_sources({{"r.yaml", rules + "\n"}});
    CHECK(!r.model.rules.evidence_required_for_done);
    CHECK(r.model.rules.backdated_done_days == 30);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = rules;
        s.replace(s.find(from), from.size(), to);
        return s;
    };
    r = load_sources({{"r.yaml", replaced("evidence: optional", "evidence: required_for_done")}});
    CHECK(r.model.rules.evidence_required_for_done);
    r = load_sources({{"r.yaml", replaced("evidence: optional", "evidence: always")}});
    CHECK(diag_lines(r.diags).find("E015 rules 'evidence' must be optional or required_for_done, not 'always'") !=
          std::string::npos);
    r = load_sources({{"r.yaml", replaced("backdated_done_days: 30", "backdated_done_days: 7")}});
    CHECK(r.model.rules.backdated_done_days == 7);
}

TEST_CASE("check_backdated: more than the rules' days between done and its first commit") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}});
    // Step 1 is done 2023-03-15 (activity_yaml), its value at line 9, column 56.
    auto record = [](int y, int m, int d) {
        return std::vector<HistoryRecord>{{{1, "1", Date::from_ymd(2023, 3, 15), Date::from_ymd(y, m, d), "abc1234"}}};
    };
    Diagnostics d(r.model.files);
    check_backdated(r.model, record(2023, 4, 14), d);  // 30 days: not more than 30
    CHECK(diag_lines(d) == "");
    check_backdated(r.model, record(2023, 4, 15), d);  // 31 days
    CHECK(diag_lines(d) == "a.yaml:9:56: W125 step 1 of activity A01 is done 2023-03-15 but was first recorded in commit abc1234 of 2023-04-15, 31 days later (more than 30) [record progress when it happens (scmplan done); assessors distrust back-dated steps]\n");
    Diagnostics d2(r.model.files);
    r.model.rules.backdated_done_days = 60;
    check_backdated(r.model, record(2023, 4, 15), d2);
    CHECK(diag_lines(d2) == "");
    // A record of another date (changed since the commit) is not this date's record.
    std::vector<HistoryRecord> other{{{1, "1", Date::from_ymd(2023, 1, 1), Date::from_ymd(2023, 12, 1), "abc1234"}}};
    r.model.rules.backdated_done_days = 0;
    check_backdated(r.model, other, d2);
    CHECK(diag_lines(d2) == "");
}

TEST_CASE("check_backdated: a commit that is no evidence of when the date was written") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}});
    // 200 days late, but first seen in the oldest commit of a shallow history:
    // the date may be older than the commit. Not checked; W126 says why.
    HistoryRecord late{{1, "1", Date::from_ymd(2023, 3, 15), Date::from_ymd(2023, 10, 1), "abc1234"}};
    late.when = HistoryRecord::When::before_history;
    Diagnostics d(r.model.files);
    check_backdated(r.model, {late}, d);
    CHECK(diag_lines(d) == "");
    // A commit dated outside 1857–2399: W128 once, no W125.
    late.when = HistoryRecord::When::out_of_range;
    late.commit_time = std::numeric_limits<std::int64_t>::max();
    check_backdated(r.model, {late}, d);
    CHECK(diag_lines(d) == ":0:0: W128 commit abc1234 is dated 9223372036854775807 seconds since 1970, not a date scmplan reads: the done dates it first records are not checked for back-dating [a commit's date is the committer's clock: a clock set far off, or a commit made by hand]\n");
}

TEST_CASE("check_git_history: a shallow or unreadable history says so") {
    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", activity_yaml()}});
    DoneHistory h;
    h.records = {{{1, "1", Date::from_ymd(2023, 3, 15), Date::from_ymd(2023, 10, 1), "def5678"}}};
    Diagnostics full(r.model.files);
    check_git_history(r.model, h, full);
    CHECK(diag_lines(full).find("W125 step 1 of activity A01") != std::string::npos);

    h.shallow = true;
    h.cut = {"abc1234 of 2023-07-01", "bcd2345 of 2023-07-02"};
    Diagnostics shallow(r.model.files);
    check_git_history(r.model, h, shallow);
    CHECK(diag_lines(shallow).find(":0:0: W126 the git history is shallow (a clone with --depth): the commits before abc1234 of 2023-07-01 and 1 other commit(s) are not there; done dates already in it are not checked for back-dating [fetch the full history ('git fetch --unshallow', or 'fetch-depth: 0' in GitHub Actions) to check back-dated done dates]\n") == 0);
    CHECK(diag_lines(shallow).find("W125") != std::string::npos);  // a later commit's record is still checked

    h.shallow = false;
    Diagnostics broken(r.model.files);
    check_git_history(r.model, h, broken);
    CHECK(diag_lines(broken).find(":0:0: W127 the git history is incomplete: the parents of commit abc1234 of 2023-07-01 and 1 other commit(s) are not in the repository") == 0);

    h.unreadable = "HEAD names commit abc1234, which is not in the repository";
    Diagnostics none(r.model.files);
    check_git_history(r.model, h, none);
    CHECK(diag_lines(none) == ":0:0: W127 the git history cannot be read: HEAD names commit abc1234, which is not in the repository; back-dated done dates are not checked [the repository is damaged or incomplete: 'git fsck' names what is missing]\n");
}

TEST_CASE("evidence: the name of an archive entry must stay inside the folder it is unpacked into") {
    CHECK(unsafe_entry_path("evidence/a.pdf") == std::nullopt);
    CHECK(unsafe_entry_path("หลักฐาน/รายงาน ไตรมาส 2.pdf") == std::nullopt);
    CHECK(unsafe_entry_path("ev/..\\..\\evil.txt") == "a backslash");
    CHECK(unsafe_entry_path("../index.md") == "a '..' component");
    CHECK(unsafe_entry_path("ev/./a") == "a '.' component");
    CHECK(unsafe_entry_path("ev//a") == "a '' component");
    CHECK(unsafe_entry_path("/etc/passwd") == "an absolute path");
    CHECK(unsafe_entry_path("") == "an empty name");
    CHECK(unsafe_entry_path("C:/x") == "a ':' in its first folder (a drive on Windows)");
    CHECK(unsafe_entry_path("ev/10:30.pdf") == std::nullopt);  // a ':' further down is a name
    CHECK(unsafe_entry_path("ev/\x1b[2J.pdf") == "the control character U+001B");
    CHECK(unsafe_entry_path("ev/a\tb") == "the control character U+0009");
    CHECK(unsafe_entry_path("ev/\xc2\x9b.pdf") == "the control character U+009B");
    CHECK(unsafe_entry_path("ev/\xff.pdf") == "invalid UTF-8");
}

TEST_CASE("evidence: a folder's files, without hidden ones, the archive itself or a folder twice") {
    Scratch s;
    const fs::path ws = s.root / "ws";
    fs::create_directories(ws / ".git");
    std::ofstream(ws / ".git" / "config") << "token";
    std::ofstream(ws / "evidence" / ".env") << "secret";
    fs::create_directories(ws / "evidence" / "sub");
    std::ofstream(ws / "evidence" / "sub" / "b.pdf") << "b";
    std::ofstream(ws / "out.zip") << "old";
    fs::create_directory_symlink("..", ws / "evidence" / "sub" / "up");  // back to evidence/: walked once
    const std::string root = fs::canonical(ws).string();
    EvidenceListing l = list_evidence(disk(), root, ".", root + "/out.zip");
    CHECK(l.found);
    std::vector<std::string> files, skipped;
    for (const auto& f : l.files) files.push_back(f.entry + " " + f.real.substr(root.size()));
    for (const auto& k : l.skipped) skipped.push_back(k.path + " " + std::to_string(static_cast<int>(k.why)));
    CHECK(files == std::vector<std::string>{"evidence/memo.pdf /evidence/memo.pdf", "evidence/sub/b.pdf /evidence/sub/b.pdf"});
    CHECK(skipped == std::vector<std::string>{".git 0", "evidence/.env 0", "evidence/sub/up 2", "out.zip 1"});
    CHECK(l.problems.empty());
    // Named explicitly, a hidden file is packed: only what is below a folder is skipped.
    EvidenceListing env = list_evidence(disk(), root, "evidence/.env");
    REQUIRE(env.files.size() == 1);
    CHECK(env.files[0].entry == "evidence/.env");
    CHECK(!list_evidence(disk(), root, "evidence/none.pdf").found);
}

TEST_CASE("evidence: links out of the workspace below an evidence folder are errors, never listed") {
    Scratch s;
    const fs::path ev = s.root / "ws" / "evidence";
    fs::create_symlink(s.root / "secret.pdf", ev / "passwd");
    fs::create_directory_symlink(s.root, ev / "outside");
    const std::string root = fs::canonical(s.root / "ws").string();
    EvidenceListing l = list_evidence(disk(), root, "evidence");
    REQUIRE(l.files.size() == 1);
    CHECK(l.files[0].entry == "evidence/memo.pdf");
    REQUIRE(l.problems.size() == 2);
    CHECK((l.problems[0].path == "evidence/outside" && l.problems[0].issue == EvidenceIssue::outside));
    CHECK((l.problems[1].path == "evidence/passwd" && l.problems[1].issue == EvidenceIssue::outside));
    CHECK(check_in(root, with_evidence("[evidence]")) ==
          "a.yaml:9:54: E050 evidence path 'evidence' holds 'evidence/outside', which is a symbolic link that leads "
          "outside the workspace [copy the file into the workspace instead of linking to it]\n"
          "a.yaml:9:54: E050 evidence path 'evidence' holds 'evidence/passwd', which is a symbolic link that leads "
          "outside the workspace [copy the file into the workspace instead of linking to it]\n");
}

TEST_CASE("evidence in memory: check_evidence and list_evidence ask only the FileReader they are given") {
    MemoryFiles files;
    files.file("/ws/evidence/memo.pdf", "memo")
        .file("/ws/evidence/sub/b.pdf", "b")
        .file("/ws/evidence/.env", "secret")
        .file("/ws/evidence/locked.pdf", "x")
        .deny("/ws/evidence/locked.pdf")
        .special("/ws/evidence/pipe", "a FIFO")
        .link("/ws/evidence/out", "/secret.pdf")
        .file("/secret.pdf", "secret");
    EvidenceListing l = list_evidence(files, "/ws", "evidence");
    CHECK(l.found);
    std::vector<std::string> listed, problems;
    for (const auto& f : l.files) listed.push_back(f.entry);
    for (const auto& p : l.problems) problems.push_back(p.path + ": " + p.detail);
    CHECK(listed == std::vector<std::string>{"evidence/memo.pdf", "evidence/sub/b.pdf"});
    CHECK(problems == std::vector<std::string>{"evidence/locked.pdf: Permission denied",
                                               "evidence/out: a symbolic link that leads outside the workspace",
                                               "evidence/pipe: a FIFO"});
    REQUIRE(l.skipped.size() == 1);
    CHECK(l.skipped[0].path == "evidence/.env");
    CHECK_FALSE(list_evidence(files, "/ws", "evidence/none.pdf").found);

    LoadResult r = load_sources({{"p.yaml", plan_yaml()}, {"a.yaml", with_evidence("[evidence/memo.pdf, evidence/none.pdf]")}});
    r.model.root = "/ws";
    Diagnostics d(r.model.files);
    check_evidence(r.model, d, &files);
    CHECK(diag_lines(d) ==
          "a.yaml:9:73: W123 evidence file 'evidence/none.pdf' does not exist in /ws [add the file, or correct the "
          "path (relative to the workspace root)]\n");
    // Without a FileReader only the text is checked: no file is looked for.
    Diagnostics none(r.model.files);
    check_evidence(r.model, none, nullptr);
    CHECK(diag_lines(none) == "");
}
