// A positioned YAML tree, built from yaml-cpp's parser events. It refuses what
// the yaml-cpp node API lets through silently: duplicate keys, several documents,
// aliases and anchors, invalid UTF-8, control characters, unclosed quotes, deep
// nesting and oversized input. Nothing above this layer includes yaml-cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "scmplan/diag.hpp"

namespace scmplan {

struct YNode {
    enum class Kind : std::uint8_t { null, scalar, map, seq };

    Kind kind = Kind::null;
    bool quoted = false;  ///< a quoted scalar is always a string, never a number
    Loc loc;
    std::string text;          ///< scalar text
    std::vector<YNode> items;  ///< seq: the elements; map: key, value, key, value …

    bool is_map() const { return kind == Kind::map; }
    bool is_seq() const { return kind == Kind::seq; }
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_null() const { return kind == Kind::null; }
    std::size_t map_size() const { return items.size() / 2; }
    const YNode& key(std::size_t i) const { return items[2 * i]; }
    const YNode& value(std::size_t i) const { return items[2 * i + 1]; }
    /// First value under a scalar key, or nullptr.
    const YNode* find(std::string_view key) const;
};

/// "a mapping", "a list", "text", "nothing" — for messages.
std::string describe(const YNode& node);

struct YamlLimits {
    std::size_t max_bytes = 1 << 20;  ///< 1 MiB: a plan file is a few kB
    int max_depth = 64;
};

/// Parses one YAML document. `file` is the index of the file in the caller's file
/// table (stored in every Loc). Errors go to `diags` (codes E002–E005, E010, E012); on error the
/// returned tree may be partial or null and must not be used for more than hints.
/// A UTF-8 byte order mark is skipped; CRLF line ends are accepted.
YNode parse_yaml(std::string_view text, std::uint32_t file, Diagnostics& diags,
                 const YamlLimits& limits = {});

}  // namespace scmplan
