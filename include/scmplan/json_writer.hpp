// A small streaming JSON writer: enough for scmplan's outputs, with correct
// string escaping and stable number formatting.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scmplan {

/// Escapes a UTF-8 string for JSON (quotes included in the result).
std::string json_quote(std::string_view s);

/// Writes pretty-printed JSON (2-space indent). Usage:
///   JsonWriter w; w.begin_object(); w.key("a"); w.value(1); w.end_object(); w.str();
class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view k);
    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(int n);
    void value(bool b);
    /// x rounded half away from zero to at most `decimals` places, trailing zeros kept to one place (37.5, 50.0).
    void number(double x, int decimals);
    /// A number written in its shortest exact form (100, 0.5, 1.2904).
    void number(double x);
    void null();
    template <class T>
    void field(std::string_view k, const T& v) {
        key(k);
        value(v);
    }
    /// `"k": x` in shortest form, or `"k": null`.
    void optional_number(std::string_view k, std::optional<double> v) {
        key(k);
        if (v) number(*v);
        else null();
    }
    /// `"k": true|false`, or `"k": null`.
    void optional_bool(std::string_view k, std::optional<bool> v) {
        key(k);
        if (v) value(*v);
        else null();
    }
    const std::string& str();

private:
    void before_value();
    void newline();

    std::string m_out;
    struct Level {
        bool object;
        bool empty;
    };
    std::vector<Level> m_stack;
    bool m_after_key = false;
};

/// Shortest decimal text that reads back as x ("100", "0.5", "1.2904").
std::string format_number(double x);

}  // namespace scmplan
