#include "scmplan/diag.hpp"

#include <algorithm>
#include <tuple>

namespace scmplan {

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column, a.code, a.message) <
           std::tie(b.file, b.line, b.column, b.code, b.message);
}

void Diagnostics::push(Severity s, Loc at, std::string code, std::string message,
                       std::string hint) {
    Diagnostic d;
    if (m_files && at.file < m_files->size()) d.file = (*m_files)[at.file];
    d.line = at.line;
    d.column = at.column;
    d.severity = s;
    d.code = std::move(code);
    d.message = std::move(message);
    d.hint = std::move(hint);
    m_items.push_back(std::move(d));
}

void Diagnostics::error(Loc at, std::string code, std::string message, std::string hint) {
    push(Severity::error, at, std::move(code), std::move(message), std::move(hint));
}

void Diagnostics::warning(Loc at, std::string code, std::string message, std::string hint) {
    push(Severity::warning, at, std::move(code), std::move(message), std::move(hint));
}

void Diagnostics::append(const Diagnostics& other) {
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(), [](const auto& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const { return m_items.size() - error_count(); }

void Diagnostics::sort() {
    std::stable_sort(m_items.begin(), m_items.end(), diagnostic_less);
    auto same = [](const Diagnostic& a, const Diagnostic& b) {
        return a.file == b.file && a.line == b.line && a.column == b.column && a.code == b.code &&
               a.message == b.message;
    };
    m_items.erase(std::unique(m_items.begin(), m_items.end(), same), m_items.end());
}

}  // namespace scmplan
