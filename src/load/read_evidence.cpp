// The `evidence:` list of steps and quarterly reports.
#include <fmt/format.h>

#include <cctype>

#include "kinds.hpp"

namespace scmplan::load {

namespace {

/// `https:`, `mailto:`, `file:` … : a scheme of two or more letters before a
/// colon (one letter would be a Windows drive, `C:`, which is a path).
bool has_scheme(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (std::isalpha(static_cast<unsigned char>(s[i])) ||
                            (i > 0 && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '+' ||
                                       s[i] == '-' || s[i] == '.'))))
        ++i;
    return i >= 2 && i < s.size() && s[i] == ':';
}

}  // namespace

std::vector<Evidence> read_evidence(Fields& f, Diagnostics& d, const std::string& owner) {
    std::vector<Evidence> out;
    const YNode* list = f.take("evidence");
    if (!list || !expect_list(*list, d, owner + " 'evidence'")) return out;
    out.reserve(list->items.size());
    for (const YNode& item : list->items) {
        Evidence e;
        if (item.is_scalar()) {
            e.ref = {item.text, item.loc};
            e.url = has_scheme(item.text);
        } else {
            Fields ef(item, d, format::spec::evidence_item(), owner + " evidence");
            if (!ef.ok()) continue;
            auto path = ef.located_text("path");
            auto url = ef.located_text("url");
            e.title = ef.text("title").value_or("");
            e.date = ef.date("date");
            if (!ef.finish() || (!path && !url)) continue;  // one of path and url: the table's one_of
            e.ref = path ? *path : *url;
            e.url = url.has_value() || has_scheme(e.ref.value);
        }
        if (e.ref.value.empty()) {
            d.error(e.ref.loc.line ? e.ref.loc : item.loc, DiagCode::E014, "evidence is empty");
            continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace scmplan::load
