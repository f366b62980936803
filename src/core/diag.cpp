#include "scmplan/diag.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

namespace scmplan {

namespace {

const std::string no_name;

}  // namespace

const std::string& Diagnostics::file_name(const Diagnostic& d) const {
    if (!m_files || d.file >= m_files->size()) return no_name;
    return (*m_files)[d.file];
}

std::uint32_t Diagnostics::file_index(const std::string& path) {
    if (m_files) {
        auto it = std::find(m_files->begin(), m_files->end(), path);
        if (it != m_files->end()) return static_cast<std::uint32_t>(it - m_files->begin());
    }
    // A copy with the path at the end: other holders of the table keep theirs.
    auto grown = m_files ? std::make_shared<std::vector<std::string>>(*m_files)
                         : std::make_shared<std::vector<std::string>>();
    grown->push_back(path);
    m_files = std::move(grown);
    return static_cast<std::uint32_t>(m_files->size() - 1);
}

void Diagnostics::push(Severity s, Loc at, DiagCode code, std::string message,
                       std::string hint) {
    if (diag_code_info(code).severity != s)
        throw std::logic_error(fmt::format("{} reported with the other severity", code_name(code)));
    Diagnostic d;
    if (m_files && at.file < m_files->size()) d.file = at.file;
    d.line = at.line;
    d.column = at.column;
    d.severity = s;
    d.code = code;
    d.message = std::move(message);
    d.hint = std::move(hint);
    m_items.push_back(std::move(d));
}

void Diagnostics::error(Loc at, DiagCode code, std::string message, std::string hint) {
    push(Severity::error, at, code, std::move(message), std::move(hint));
}

void Diagnostics::warning(Loc at, DiagCode code, std::string message, std::string hint) {
    push(Severity::warning, at, code, std::move(message), std::move(hint));
}

void Diagnostics::add(Diagnostic d, const std::string& path) {
    d.file = file_index(path);
    m_items.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    if (!m_files && m_items.empty()) m_files = other.m_files;  // nothing yet: its table is ours
    if (other.m_files == m_files || !other.m_files) {
        m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
        return;
    }
    // Another table: each file found (or added) in this one, once.
    std::vector<std::uint32_t> index(other.m_files->size(), no_file);
    for (Diagnostic d : other.m_items) {
        if (d.file < index.size()) {
            if (index[d.file] == no_file) index[d.file] = file_index((*other.m_files)[d.file]);
            d.file = index[d.file];
        } else {
            d.file = no_file;
        }
        m_items.push_back(std::move(d));
    }
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(m_items.begin(), m_items.end(), [](const auto& d) {
        return d.severity == Severity::error;
    }));
}

std::size_t Diagnostics::warning_count() const { return m_items.size() - error_count(); }

void Diagnostics::sort() {
    auto key = [this](const Diagnostic& d) {
        return std::tuple<const std::string&, std::uint32_t, std::uint32_t, std::string_view, const std::string&>(
            file_name(d), d.line, d.column, code_name(d.code), d.message);
    };
    std::stable_sort(m_items.begin(), m_items.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    auto same = [this](const Diagnostic& a, const Diagnostic& b) {
        return file_name(a) == file_name(b) && a.line == b.line && a.column == b.column && a.code == b.code &&
               a.message == b.message;
    };
    m_items.erase(std::unique(m_items.begin(), m_items.end(), same), m_items.end());
}

}  // namespace scmplan
