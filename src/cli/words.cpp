#include "words.hpp"

#include "scmplan/text.hpp"

namespace scmplan::cli {

namespace {

/// The option spec named exactly `name` (long or short), or nullptr.
const OptionSpec* find_option(const CommandSpec& spec, const std::string& name) {
    for (const auto& o : spec.options)
        if (!o.positional() && (o.name == name || (!o.short_name.empty() && o.short_name == name))) return &o;
    return nullptr;
}

bool is_help(const std::string& w) { return w == "-h" || w == "--help"; }

}  // namespace

ScannedWords scan_words(const CommandSpec& spec, const std::vector<std::string>& words) {
    ScannedWords r;
    const OptionSpec* pending = nullptr;  // an option whose value is the next word
    bool options_done = false;
    for (const auto& w : words) {
        if (pending) {
            if (w == "=") continue;
            r.values[pending->name] = w;
            pending = nullptr;
            continue;
        }
        if (options_done || w.size() < 2 || w[0] != '-') {
            r.positionals.push_back(w);
            continue;
        }
        if (w == "--") {
            options_done = true;
            continue;
        }
        if (is_help(w)) continue;
        if (w[1] == '-') {  // --name or --name=value
            auto eq = w.find('=');
            std::string name = w.substr(0, eq);
            const OptionSpec* o = find_option(spec, name);
            if (!o) r.unknown.push_back(name);
            else if (o->value_name.empty()) continue;
            else if (eq != std::string::npos) r.values[o->name] = w.substr(eq + 1);
            else pending = o;
            continue;
        }
        // -x, -xVALUE, or flags run together (-qx): the first letter decides.
        const OptionSpec* o = find_option(spec, w.substr(0, 2));
        if (!o && w.size() == 2 && w[1] == 'h') continue;
        if (!o) r.unknown.push_back(w.substr(0, 2));
        else if (o->value_name.empty()) continue;
        else if (w.size() > 2) r.values[o->name] = w.substr(2);
        else pending = o;
    }
    return r;
}

std::vector<std::string> workspace_paths(const CommandSpec& spec, const ScannedWords& scanned) {
    std::size_t own = 0;
    for (const auto& o : spec.options)
        if (o.positional()) ++own;
    std::vector<std::string> paths;
    if (spec.takes_paths)
        for (std::size_t i = own; i < scanned.positionals.size(); ++i) paths.push_back(scanned.positionals[i]);
    return paths;
}

std::optional<UnknownOption> unknown_option(const CommandSpec& spec, const std::vector<std::string>& words) {
    ScannedWords scanned = scan_words(spec, words);
    if (scanned.unknown.empty()) return std::nullopt;
    std::vector<std::string> names{"--help"};
    for (const auto& o : spec.options)
        if (!o.positional()) names.push_back(o.name);
    const std::string& word = scanned.unknown.front();
    // A short option is too short to guess from.
    std::string near = word.size() > 2 ? closest_match(word, names) : std::string{};
    return UnknownOption{word, near};
}

}  // namespace scmplan::cli
