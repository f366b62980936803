// One YAML scalar (or list) read as a value of a type, with the diagnostic
// a wrong type gets (E013, E016): the conversions Fields and the readers use
// (fields.hpp).
#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "fields.hpp"
#include "scmplan/text.hpp"
#include "scmplan/text_safety.hpp"

namespace scmplan::load {

namespace {

std::string found(const YNode& n) {
    if (n.is_scalar()) return quote_for_message(n.text);
    return describe(n);
}

}  // namespace

bool looks_numeric(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++digits; }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++digits; }
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        std::size_t exp = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) { ++i; ++exp; }
        if (exp == 0) return false;
    }
    return i == s.size();
}

std::optional<std::string> as_text(const YNode& n, Diagnostics& d, std::string_view what) {
    if (n.is_scalar()) return n.text;
    d.error(n.loc, DiagCode::E013, fmt::format("{} must be text, not {}", what, describe(n)));
    return std::nullopt;
}

std::optional<double> as_number(const YNode& n, Diagnostics& d, std::string_view what) {
    if (n.is_scalar() && !n.quoted && looks_numeric(n.text)) {
        std::string s = n.text;
        if (!s.empty() && s[0] == '+') s.erase(0, 1);
        double v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && p == s.data() + s.size() && std::isfinite(v) && std::fabs(v) <= max_number)
            return v;
        d.error(n.loc, DiagCode::E015, fmt::format("{} is out of range: {}", what, n.text),
                fmt::format("numbers are at most {:.0e} in size", max_number));
        return std::nullopt;
    }
    std::string hint = n.is_scalar() && n.quoted && looks_numeric(n.text) ? "remove the quotes" : "";
    d.error(n.loc, DiagCode::E013, fmt::format("{} must be a number, not {}", what, found(n)), hint);
    return std::nullopt;
}

std::optional<int> as_integer(const YNode& n, Diagnostics& d, std::string_view what) {
    auto v = as_number(n, d, what);
    if (!v) return std::nullopt;
    if (*v != std::floor(*v) || std::fabs(*v) > 1e9) {
        d.error(n.loc, DiagCode::E013, fmt::format("{} must be a whole number, not {}", what, n.text));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

std::optional<bool> as_boolean(const YNode& n, Diagnostics& d, std::string_view what) {
    if (n.is_scalar() && !n.quoted && (n.text == "true" || n.text == "false")) return n.text == "true";
    d.error(n.loc, DiagCode::E013, fmt::format("{} must be true or false, not {}", what, found(n)));
    return std::nullopt;
}

std::optional<Date> as_date(const YNode& n, Diagnostics& d, std::string_view what) {
    if (!n.is_scalar()) {
        d.error(n.loc, DiagCode::E013, fmt::format("{} must be a date, not {}", what, describe(n)),
                "write 2023-01-31 or 31 ม.ค. 2566");
        return std::nullopt;
    }
    DateParse p = parse_date(n.text);
    if (p.date) return p.date;
    d.error(n.loc, DiagCode::E016, fmt::format("{}: {}", what, p.error), p.hint);
    return std::nullopt;
}

Names as_names(const YNode& n, Diagnostics& d, std::string_view what) {
    Names out;
    if (n.is_scalar()) {
        out.th = n.text;
        return out;
    }
    Fields f(n, d, format::spec::names(), std::string(what));
    if (!f.ok()) return out;
    out.th = f.text("th").value_or("");
    out.en = f.text("en").value_or("");
    f.finish();
    return out;
}

std::optional<CompareOp> as_op(const YNode& n, Diagnostics& d, std::string_view what) {
    if (n.is_scalar())
        if (auto op = format::value_of(format::choices::op(), n.text)) return op;
    d.error(n.loc, DiagCode::E015, fmt::format("{} must be one of < <= = >= >, not {}", what, describe(n)));
    return std::nullopt;
}

bool expect_list(const YNode& n, Diagnostics& d, std::string_view what) {
    if (n.is_seq()) return true;
    d.error(n.loc, DiagCode::E013, fmt::format("{} must be a list, not {}", what, describe(n)),
            n.is_scalar() ? "write it as [ … ] or as lines starting with '- '" : "");
    return false;
}

}  // namespace scmplan::load
