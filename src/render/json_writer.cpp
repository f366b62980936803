#include "scmplan/json_writer.hpp"

#include <fmt/format.h>

#include <cmath>

#include "scmplan/compute.hpp"

namespace scmplan {

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) out += fmt::format("\\u{:04x}", c);
                else out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

std::string format_number(double x) {
    if (x == 0) return "0";
    if (std::floor(x) == x && std::fabs(x) < 1e15) return fmt::format("{}", static_cast<long long>(x));
    return fmt::format("{}", x);
}

void JsonWriter::newline() {
    m_out += '\n';
    m_out.append(2 * m_stack.size(), ' ');
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (m_stack.empty()) return;
    if (!m_stack.back().empty) m_out += ',';
    m_stack.back().empty = false;
    newline();
}

void JsonWriter::begin_object() {
    before_value();
    m_out += '{';
    m_stack.push_back({true, true});
}

void JsonWriter::end_object() {
    bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty) newline();
    m_out += '}';
}

void JsonWriter::begin_array() {
    before_value();
    m_out += '[';
    m_stack.push_back({false, true});
}

void JsonWriter::end_array() {
    bool empty = m_stack.back().empty;
    m_stack.pop_back();
    if (!empty) newline();
    m_out += ']';
}

void JsonWriter::key(std::string_view k) {
    before_value();
    m_out += json_quote(k);
    m_out += ": ";
    m_after_key = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    m_out += json_quote(s);
}

void JsonWriter::value(int n) {
    before_value();
    m_out += fmt::format("{}", n);
}

void JsonWriter::value(bool b) {
    before_value();
    m_out += b ? "true" : "false";
}

void JsonWriter::number(double x, int decimals) {
    before_value();
    std::string s = fmt::format("{:.{}f}", round_to(x, decimals), decimals);
    // Keep one decimal place at least, drop further trailing zeros.
    if (auto dot = s.find('.'); dot != std::string::npos) {
        while (s.size() > dot + 2 && s.back() == '0') s.pop_back();
    }
    if (s == "-0.0") s = "0.0";
    m_out += s;
}

void JsonWriter::number(double x) {
    before_value();
    m_out += format_number(x);
}

void JsonWriter::null() {
    before_value();
    m_out += "null";
}

const std::string& JsonWriter::str() {
    if (m_out.empty() || m_out.back() != '\n') m_out += '\n';
    return m_out;
}

}  // namespace scmplan
