// The texts generated from the command table: shell completions and the man
// page (src/cli/completion.cpp, manpage.cpp), the hidden commands that print
// them (cmd_generate.cpp), and the version line (version.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "../../src/cli/commands.hpp"
#include "../../src/cli/generate.hpp"
#include "sample_commands.hpp"

using namespace scmplan::cli;

namespace {

/// The part of `text` from the line `start` to the next line `end` (both
/// included), or "" when `start` is not there.
std::string block(const std::string& text, const std::string& start, const std::string& end) {
    auto b = text.find(start);
    if (b == std::string::npos) return "";
    auto e = text.find(end, b + start.size());
    return text.substr(b, e == std::string::npos ? std::string::npos : e + end.size() - b);
}

/// Text inside a single-quoted shell word.
std::string in_quotes(const std::string& s) {
    std::string r;
    for (char c : s) r += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return r;
}

/// Help as an _arguments [explanation]: brackets and backslashes escaped.
std::string zsh_help(const std::string& s) {
    std::string r;
    for (char c : s) r += (c == '[' || c == ']' || c == '\\' ? "\\" : "") + std::string(1, c);
    return in_quotes(r);
}

/// True when `word` occurs in `text` as a whole word of a shell word list.
bool has_word(const std::string& text, const std::string& word) {
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        char before = at ? text[at - 1] : ' ';
        char after = at + word.size() < text.size() ? text[at + word.size()] : ' ';
        if ((before == ' ' || before == '\'') && (after == ' ' || after == '\'')) return true;
    }
    return false;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// A command that does not exist: adding it to a table must change every text.
CommandSpec sample() {
    return {"sample",
            "a chart of the plan",
            {{"--weeks", "", "N", "weeks per column", {}},
             {"--theme", "-t", "THEME", "colours [light or dark]", {"light", "dark"}},
             {"--out-dir", "", "DIR", "write one file per plan here", {}}},
            nullptr,
            false};
}

}  // namespace

TEST_CASE("bash completion: every command and option of the real table, with its choices") {
    const auto commands = all_commands();
    const std::string bash = bash_completion(commands);
    for (const auto& c : commands) {
        CAPTURE(c.name);
        // The top level offers the command; its own case lists its options.
        CHECK(contains(block(bash, "    \"\")\n", "        ;;\n"), c.name));
        const std::string own = block(bash, "\n    " + c.name + ")\n", "\n        ;;\n");
        REQUIRE(!own.empty());
        for (const auto& o : c.options) {
            CAPTURE(o.name);
            if (o.positional()) {  // offered by position, never as a word
                CHECK_FALSE(has_word(own, o.name));
                continue;
            }
            CHECK(has_word(own, o.name));
            if (!o.short_name.empty()) CHECK(contains(own, o.short_name + " " + o.name));
            std::string choices;
            for (const auto& ch : o.choices) choices += (choices.empty() ? "" : " ") + ch;
            if (!o.choices.empty()) CHECK(contains(own, " _scmplan_words '" + choices + "' \"$cur\"; return ;;"));
        }
    }
}

TEST_CASE("zsh completion: every command and option of the real table, with its help and choices") {
    const auto commands = all_commands();
    const std::string zsh = zsh_completion(commands);
    CHECK(zsh.rfind("#compdef scmplan\n", 0) == 0);
    for (const auto& c : commands) {
        CAPTURE(c.name);
        CHECK(contains(zsh, "        '" + c.name + ":" + in_quotes(c.summary) + "'\n"));
        const std::string own = block(zsh, "\n        " + c.name + ")\n", "\n            ;;\n");
        REQUIRE(!own.empty());
        std::size_t nth = 0;
        for (const auto& o : c.options) {
            CAPTURE(o.name);
            if (o.positional()) {  // _arguments' "N:message:action", never "kind=[…]"
                CHECK(contains(own, "'" + std::to_string(++nth) + ":" + o.value_name + ":"));
                CHECK_FALSE(contains(own, "'" + o.name + "="));
                continue;
            }
            std::string spec = o.name + (o.value_name.empty() ? "" : "=") + "[" + zsh_help(o.help) + "]";
            if (o.short_name.empty()) CHECK(contains(own, "'" + spec));
            else CHECK(contains(own, "'(" + o.short_name + " " + o.name + ")'{" + o.short_name));
            std::string choices;
            for (const auto& ch : o.choices) choices += (choices.empty() ? "" : " ") + ch;
            if (!o.choices.empty()) CHECK(contains(own, ":" + o.value_name + ":(" + choices + ")'"));
        }
    }
}

TEST_CASE("man page: every command and option of the real table, with its value name and choices") {
    const auto commands = all_commands();
    const std::string man = manpage(commands, "9.9.9", "2024-02-29");
    CHECK(man.find(".TH SCMPLAN 1 2024-02-29 \"scmplan 9.9.9\" \"User Commands\"\n") != std::string::npos);
    for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS",
                                "ENVIRONMENT", "FILES", "SEE ALSO"})
        CHECK(contains(man, std::string(".SH ") + section + "\n"));
    for (const auto& c : commands) {
        CAPTURE(c.name);
        const std::string own = block(man, ".SS " + c.name + "\n", "Print this help message and exit\n");
        REQUIRE(!own.empty());
        for (const auto& o : c.options) {
            CAPTURE(o.name);
            if (o.positional()) {  // by its value name, in italics, also in the synopsis
                CHECK(contains(own, ".TP\n\\fI" + o.value_name + "\\fR\n"));
                // After the command's name and any positionals before it.
                const std::string synopsis = own.substr(0, own.find('\n', own.find("\\fBscmplan " + c.name + "\\fR")));
                CHECK(contains(synopsis, "\\fBscmplan " + c.name + "\\fR \\fI"));
                CHECK(contains(synopsis, "\\fI" + o.value_name + "\\fR"));
                CHECK_FALSE(contains(own, "[\\fB" + o.name));
                continue;
            }
            std::string tag = "\\fB" + roff_escape(o.name) + "\\fR";
            if (!o.short_name.empty()) tag = "\\fB" + roff_escape(o.short_name) + "\\fR, " + tag;
            if (!o.value_name.empty()) tag += " \\fI" + roff_escape(o.value_name) + "\\fR";
            CHECK(contains(own, ".TP\n" + tag + "\n"));
            for (const auto& ch : o.choices) CHECK(contains(own, "\\fB" + roff_escape(ch) + "\\fR"));
        }
    }
    for (const char* code : {"0", "1", "2", "3"}) CHECK(contains(man, std::string(".TP\n\\fB") + code + "\\fR\n"));
    CHECK(contains(man, ".TP\n\\fBNO_COLOR\\fR\n"));
    CHECK(contains(man, ".TP\n\\fBCLICOLOR_FORCE\\fR\n"));
    CHECK(contains(man, ".TP\n\\fBTERM\\fR\n"));
    // Every example of every command, in EXAMPLES.
    const std::string examples = block(man, ".SH EXAMPLES\n", ".SH SEE ALSO\n");
    for (const auto& c : commands)
        for (const auto& e : c.examples) CHECK(contains(examples, ".TP\n\\fB" + roff_escape(e.line) + "\\fR\n"));
    CHECK(contains(man, ".TP\n\\fBSCMPLAN_TODAY\\fR\n"));
}

TEST_CASE("a new command and its options appear in all three texts") {
    auto commands = all_commands();
    commands.push_back(sample());
    const std::string bash = bash_completion(commands);
    // No positional paths: options are offered whatever the word starts with;
    // N completes to nothing, choices to themselves, DIR to folders.
    CHECK(contains(bash, "    sample)\n"
                         "        case \"$prev\" in\n"
                         "        -t | --theme) _scmplan_words 'light dark' \"$cur\"; return ;;\n"
                         "        --out-dir) _scmplan_paths -d \"$cur\"; return ;;\n"
                         "        --weeks) return ;;\n"
                         "        esac\n"
                         "        _scmplan_words '--weeks -t --theme --out-dir -h --help' \"$cur\"\n"
                         "        ;;\n"));
    std::string names;
    for (const auto& c : commands) names += (names.empty() ? "" : " ") + c.name;
    CHECK(contains(bash, "_scmplan_words '" + names + " help' \"$cur\""));

    const std::string zsh = zsh_completion(commands);
    CHECK(contains(zsh, "        'sample:a chart of the plan'\n"));
    CHECK(contains(zsh, "                '--weeks=[weeks per column]:N: ' \\\n"));
    // Brackets in help are escaped; a short option takes its value with or without a space.
    CHECK(contains(zsh, "                '(-t --theme)'{-t+,--theme=}'[colours \\[light or dark\\]]:THEME:(light dark)' \\\n"));
    CHECK(contains(zsh, "                '--out-dir=[write one file per plan here]:DIR:_files -/' \\\n"));
    CHECK(!contains(block(zsh, "        sample)\n", ";;\n"), "'*:"));

    const std::string man = manpage(commands, "1.0", "2023-06-15");
    CHECK(contains(man, ".SS sample\n\\fBscmplan sample\\fR\n[\\fB\\-\\-weeks\\fR\\~\\fIN\\fR]\n"
                        "[\\fB\\-t\\fR\\~\\fBlight\\fR|\\fBdark\\fR]\n"));
    CHECK(contains(man, ".TP\n\\fB\\-t\\fR, \\fB\\-\\-theme\\fR \\fITHEME\\fR\ncolours [light or dark]\n"
                        ".br\n\\fITHEME\\fR is one of: \\fBlight\\fR, \\fBdark\\fR.\n"));
    CHECK(contains(man, "\\fB" + commands[commands.size() - 2].name + "\\fR or \\fBsample\\fR.\n"));
    CHECK(contains(manpage({sample()}, "1", "2023-06-15"), "where \\fIcommand\\fR is \\fBsample\\fR.\n"));
}

TEST_CASE("roff escapes: hyphens, backslashes, Thai, an ellipsis and invalid UTF-8") {
    // มิ.ย. is U+0E21 U+0E34 U+002E U+0E22 U+002E; … is U+2026.
    CHECK(roff_escape("30 มิ.ย. 2566") == "30 \\[u0E21]\\[u0E34].\\[u0E22]. 2566");
    CHECK(roff_escape("--as-of a\\b …") == "\\-\\-as\\-of a\\eb \\[u2026]");
    CHECK(roff_escape("x\xffy\xe0") == "x\\[uFFFD]y\\[uFFFD]");
}

TEST_CASE("man page: Thai as roff escapes, backslashes escaped, control characters at line start protected") {
    CommandSpec c{"x", ".hidden summary", {{"--y", "", "", "ก\\ข", {}}}, nullptr, false};
    c.options.push_back({"--z", "", "", "'quoted", {}});
    const std::string man = manpage({c}, "1", "2023-06-15");
    // ก is U+0E01, ข U+0E02.
    CHECK(contains(man, ".TP\n\\fB\\-\\-y\\fR\n\\[u0E01]\\e\\[u0E02]\n"));
    CHECK(contains(man, "\n\\&.hidden summary.\n"));
    CHECK(contains(man, "\n\\&'quoted\n"));
    // The whole page is ASCII.
    const std::string page = manpage(all_commands(), "1", "2023-06-15");
    auto non_ascii = std::find_if(page.begin(), page.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
    CHECK(non_ascii == page.end());
}

TEST_CASE("bash completion: a quote in a choice stays one shell word") {
    CommandSpec c{"x", "s", {{"--q", "", "Q", "h", {"it's"}}}, nullptr, false};
    CHECK(contains(bash_completion({c}), "--q) _scmplan_words 'it'\\''s' \"$cur\"; return ;;"));
}

TEST_CASE("version line: scmplan, the project version and the commit in parentheses") {
    const std::regex form(R"(scmplan [0-9]+\.[0-9]+\.[0-9]+ \(([0-9a-f]{7,40}(-dirty)?|unknown)\))");
    CHECK(std::regex_match(version_line(), form));
    CHECK(version_line().rfind(std::string("scmplan ") + SCMPLAN_VERSION + " (", 0) == 0);
}

TEST_CASE("hidden commands: completion and manpage print the texts; other words are not theirs") {
    const auto commands = all_commands();
    Output out;
    REQUIRE(run_hidden_command(commands, {"completion", "bash"}, out));
    CHECK(out.exit_code == 0);
    CHECK(out.out == bash_completion(commands));
    CHECK(out.err.empty());

    Output z;
    REQUIRE(run_hidden_command(commands, {"completion", "zsh"}, z));
    CHECK(z.out == zsh_completion(commands));

    // The page's date: SOURCE_DATE_EPOCH first (1700000000 s is 2023-11-14
    // 22:13 UTC), then SCMPLAN_TODAY.
    setenv("SCMPLAN_TODAY", "15 มิ.ย. 2566", 1);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    Output m;
    REQUIRE(run_hidden_command(commands, {"manpage"}, m));
    CHECK(m.out == manpage(commands, SCMPLAN_VERSION, "2023-11-14"));
    unsetenv("SOURCE_DATE_EPOCH");
    Output t;
    REQUIRE(run_hidden_command(commands, {"manpage"}, t));
    CHECK(t.out == manpage(commands, SCMPLAN_VERSION, "2023-06-15"));
    setenv("SCMPLAN_TODAY", "2023-02-30", 1);
    Output bad;
    REQUIRE(run_hidden_command(commands, {"manpage"}, bad));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(bad.err.rfind("scmplan: error: SCMPLAN_TODAY: ", 0) == 0);
    unsetenv("SCMPLAN_TODAY");

    Output none;
    CHECK_FALSE(run_hidden_command(commands, {"check", "plans"}, none));
    CHECK_FALSE(run_hidden_command(commands, {}, none));
    CHECK(none.out.empty());
    CHECK(none.err.empty());
}

TEST_CASE("hidden commands: a missing, unknown or extra argument is a usage error") {
    const auto commands = all_commands();
    Output fish;
    REQUIRE(run_hidden_command(commands, {"completion", "fish"}, fish));
    CHECK(fish.exit_code == 2);
    CHECK(fish.out.empty());
    CHECK(fish.err == "scmplan: error: unknown shell 'fish': bash or zsh\n  hint: usage: scmplan completion bash|zsh\n");

    Output missing;
    REQUIRE(run_hidden_command(commands, {"completion"}, missing));
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "scmplan: error: completion needs a shell: bash or zsh\n  hint: usage: scmplan completion bash|zsh\n");

    Output extra;
    REQUIRE(run_hidden_command(commands, {"manpage", "x"}, extra));
    CHECK(extra.exit_code == 2);
    CHECK(extra.err == "scmplan: error: unexpected argument 'x'\n  hint: usage: scmplan manpage\n");
}

using test::marker;

TEST_CASE("bash completion: positionals by position, then paths; workspace values asked of scmplan") {
    const std::string bash = bash_completion({marker()});
    CHECK(contains(bash, "    mark)\n"
                         "        case \"$prev\" in\n"
                         "        --plan) _scmplan_ask plan-ids \"$cur\"; return ;;\n"
                         "        --quarter) _scmplan_words '1 2 3 4' \"$cur\"; return ;;\n"
                         "        -o | --output) _scmplan_paths -f \"$cur\"; return ;;\n"
                         "        --on) return ;;\n"
                         "        esac\n"
                         "        if [[ $cur == -* ]]; then\n"
                         "            _scmplan_words '--plan --quarter --on -o --output -q --quiet -h --help' \"$cur\"\n"
                         "        else\n"
                         "            case $(_scmplan_nth '--plan --quarter --on -o --output') in\n"
                         "            0) _scmplan_ask activity-ids \"$cur\" ;;\n"
                         "            1) _scmplan_ask step-ids \"$cur\" ;;\n"
                         "            *) _scmplan_paths -f \"$cur\" ;;\n"
                         "            esac\n"
                         "        fi\n"
                         "        ;;\n"));
    // The helper asks with the words from the command's name to the cursor.
    CHECK(contains(bash, "scmplan __complete \"$1\" \"${COMP_WORDS[@]:cmd_at:COMP_CWORD-cmd_at}\""));
}

TEST_CASE("bash completion of the real table: schema's kinds and init's folder, not the words kind and dir") {
    const std::string bash = bash_completion(all_commands());
    const std::string schema = block(bash, "\n    schema)\n", "\n        ;;\n");
    CHECK(contains(schema, "            0) _scmplan_words 'plan activity risk workspace rules' \"$cur\" ;;\n"));
    CHECK_FALSE(has_word(schema, "kind"));
    const std::string init = block(bash, "\n    init)\n", "\n        ;;\n");
    CHECK(contains(init, "            0) _scmplan_paths -d \"$cur\" ;;\n"));
    CHECK(contains(init, "        --enabler) _scmplan_ask enablers \"$cur\"; return ;;\n"));
    CHECK_FALSE(has_word(init, "dir"));
    CHECK(contains(block(bash, "\n    report)\n", "\n        ;;\n"),
                   "        --quarter) _scmplan_words '1 2 3 4' \"$cur\"; return ;;\n"));
}

TEST_CASE("zsh completion: positionals numbered, workspace values asked of scmplan") {
    const std::string zsh = zsh_completion({marker()});
    CHECK(contains(zsh, "                '1:ACTIVITY:_scmplan_ask activity-ids' \\\n"
                        "                '2:STEP:_scmplan_ask step-ids' \\\n"
                        "                '--plan=[only this plan]:ID:_scmplan_ask plan-ids' \\\n"
                        "                '--quarter=[a quarter]:N:(1 2 3 4)' \\\n"
                        "                '--on=[the date]:DATE: ' \\\n"
                        "                '(-o --output)'{-o+,--output=}'[write here]:FILE:_files' \\\n"
                        "                '(-q --quiet)'{-q,--quiet}'[quiet]' \\\n"
                        "                '*:workspace folders or files (default\\: the workspace found from here):_files' \\\n"));
    CHECK(contains(zsh, "scmplan __complete ${@[-1]} \"${(@Q)words[1,CURRENT-1]}\""));
    CHECK(contains(zsh_completion(all_commands()), "'1:KIND:(plan activity risk workspace rules)'"));
}

TEST_CASE("man page: positionals by name in the synopsis and as tags") {
    const std::string man = manpage({marker()}, "1", "2023-06-15");
    CHECK(contains(man, ".SS mark\n\\fBscmplan mark\\fR \\fIACTIVITY\\fR \\fISTEP\\fR [\\fIpath\\fR...]\n"
                        "[\\fB\\-\\-plan\\fR\\~\\fIID\\fR]\n"));
    CHECK(contains(man, ".TP\n\\fIACTIVITY\\fR\nthe activity\n"));
}

TEST_CASE("man page: no Thai vowel or tone mark, which col(1) drops when man writes to a pipe") {
    const std::string page = manpage(all_commands(), "1", "2023-06-15");
    // Thai characters that take no column: U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E.
    for (const char* mark : {"0E31", "0E34", "0E35", "0E36", "0E37", "0E38", "0E39", "0E3A", "0E47", "0E48", "0E49",
                             "0E4A", "0E4B", "0E4C", "0E4D", "0E4E"}) {
        CAPTURE(mark);
        CHECK_FALSE(contains(page, std::string("\\[u") + mark + "]"));
    }
    // The Thai date of DESCRIPTION: 30 ก.ย. 2566 (U+0E01 U+002E U+0E22 U+002E).
    CHECK(contains(page, "(30 \\[u0E01].\\[u0E22]. 2566, 30 \\[u0E01].\\[u0E22]. 66)"));
}

TEST_CASE("--help: every command ends with two or three examples of itself, then the man page") {
    for (const auto& c : all_commands()) {
        CAPTURE(c.name);
        CHECK(c.examples.size() >= 2);
        CHECK(c.examples.size() <= 3);
        for (const auto& e : c.examples) CHECK(e.line.rfind("scmplan " + c.name, 0) == 0);
        const std::string footer = help_footer(c);
        CHECK(footer.rfind("Examples:\n  " + c.examples[0].line + "\n      " + c.examples[0].what + "\n", 0) == 0);
        const std::string last = "\n\nExit codes, environment, every command: man scmplan";
        REQUIRE(footer.size() > last.size());
        CHECK(footer.substr(footer.size() - last.size()) == last);
    }
    const std::string top = top_help_footer();
    CHECK(contains(top, "Run 'scmplan help COMMAND' for a command's options and examples.\n"));
}
