// Reading Office Open XML packages (.docx, .xlsx): a zip container (libzip)
// of XML parts (pugixml). The thin layer both importers stand on: it opens
// the container from bytes already read through a FileReader, refuses what is
// not a package before any part is parsed, and parses a part with limits.
//
// Hostile input is expected. The contract:
//   - the whole file and each part are bounded (`limits`): a part whose
//     declared or real size is over the limit is refused, never inflated;
//   - an encrypted entry, a zip that libzip will not open, or a part that is
//     not well-formed XML gives an error string, never an exception or crash;
//   - entity expansion does not exist: pugixml expands only the five
//     predefined entities and character references, and a DOCTYPE (where an
//     "XML bomb" declares its entities) is refused outright;
//   - nesting deeper than `max_depth` is refused (pugixml itself is not
//     recursive while parsing, but the walkers of the importers are).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace scmplan {

struct OoxmlLimits {
    std::size_t max_part_bytes = 64u << 20;  ///< one XML part, inflated
    std::size_t max_parts = 10000;            ///< entries in the container
    std::size_t max_depth = 256;              ///< element nesting in one part
};

/// One parsed XML part.
struct XmlPart {
    std::unique_ptr<pugi::xml_document> doc;  ///< never null when the part was read
    std::string name;                         ///< its name in the container ("word/document.xml")
};

/// An opened package. Keeps the container's bytes; parts are read on demand.
class OoxmlPackage {
public:
    /// Opens `bytes` as a package. On failure returns nullopt and sets `error`
    /// to a sentence a person reads ("is not a zip archive (…)").
    static std::optional<OoxmlPackage> open(std::string bytes, std::string& error, OoxmlLimits limits = {});

    OoxmlPackage(OoxmlPackage&&) noexcept;
    OoxmlPackage& operator=(OoxmlPackage&&) noexcept;
    ~OoxmlPackage();

    /// The names of every entry, in the container's order.
    const std::vector<std::string>& names() const;
    bool has(std::string_view name) const;
    /// True when some entry's name ends in `.bin` under a vbaProject, i.e.
    /// the document carries macros (docm/xlsm saved under another name).
    bool has_macros() const;

    /// The raw bytes of one entry; nullopt and `error` when it is missing,
    /// encrypted, over the limit or cannot be inflated.
    std::optional<std::string> read(std::string_view name, std::string& error) const;
    /// One entry parsed as XML; nullopt and `error` as above, or when it is
    /// not well-formed, has a DOCTYPE, or nests deeper than the limit.
    std::optional<XmlPart> xml(std::string_view name, std::string& error) const;

private:
    struct Impl;
    explicit OoxmlPackage(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Parses `text` as XML under the same rules as OoxmlPackage::xml.
std::optional<XmlPart> parse_xml_part(std::string_view text, std::string name, std::string& error,
                                      const OoxmlLimits& limits = {});
/// Parses `text`, a run of sibling elements cut from a part (the rows of a
/// sheet, xlsx_read.cpp), as the content of an element `depth` levels down in
/// the part (the rows' parent: 2), under the same rules: the document's
/// children are the run's nodes, and their nesting counts from that depth.
std::optional<XmlPart> parse_xml_fragment(std::string_view text, std::string name, std::size_t depth,
                                          std::string& error, const OoxmlLimits& limits = {});

/// The element's local name, without its namespace prefix ("w:p" → "p").
std::string_view local_name(const pugi::xml_node& node);

}  // namespace scmplan
