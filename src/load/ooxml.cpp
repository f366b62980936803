// The zip container and XML parts of .docx and .xlsx files: see
// include/scmplan/ooxml.hpp for the contract.
#include "scmplan/ooxml.hpp"

#include <zip.h>

#include <algorithm>
#include <fmt/format.h>

namespace scmplan {

struct OoxmlPackage::Impl {
    std::string bytes;
    zip_t* zip = nullptr;
    OoxmlLimits limits;
    std::vector<std::string> names;

    ~Impl() {
        if (zip) zip_discard(zip);
    }
};

namespace {

/// libzip's message for a zip_error_t, freed here.
std::string zip_message(zip_error_t& e) {
    std::string m = zip_error_strerror(&e);
    zip_error_fini(&e);
    return m;
}

/// The deepest element nesting under `node`, stopping once over `limit`
/// (iterative: a hostile depth must not exhaust the stack).
bool deeper_than(const pugi::xml_node& root, std::size_t limit) {
    std::size_t depth = 0;
    pugi::xml_node n = root.first_child();
    if (!n) return false;
    depth = 1;
    while (n) {
        if (depth > limit) return true;
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling()) {
            n = n.parent();
            --depth;
            if (n == root) return false;
        }
        if (n) n = n.next_sibling();
    }
    return false;
}

}  // namespace

OoxmlPackage::OoxmlPackage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OoxmlPackage::OoxmlPackage(OoxmlPackage&&) noexcept = default;
OoxmlPackage& OoxmlPackage::operator=(OoxmlPackage&&) noexcept = default;
OoxmlPackage::~OoxmlPackage() = default;

std::optional<OoxmlPackage> OoxmlPackage::open(std::string bytes, std::string& error, OoxmlLimits limits) {
    auto impl = std::make_unique<Impl>();
    impl->bytes = std::move(bytes);
    impl->limits = limits;
    if (impl->bytes.size() < 4 || impl->bytes.compare(0, 2, "PK") != 0) {
        // OLE2 (the old .doc/.xls, and an encrypted OOXML file) starts D0 CF 11 E0.
        if (impl->bytes.size() >= 4 && impl->bytes.compare(0, 4, "\xD0\xCF\x11\xE0") == 0)
            error = "is an OLE2 compound file: a Word 97–2003 or Excel 97–2003 file, or a password-protected "
                    "document; save it as .docx/.xlsx without a password";
        else
            error = "is not a zip archive, so not an Office Open XML (.docx/.xlsx) file";
        return std::nullopt;
    }
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* src = zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &ze);
    if (!src) {
        error = "cannot be read as a zip archive: " + zip_message(ze);
        return std::nullopt;
    }
    impl->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!impl->zip) {
        zip_source_free(src);
        error = "is not a readable zip archive: " + zip_message(ze);
        return std::nullopt;
    }
    zip_error_fini(&ze);
    zip_int64_t n = zip_get_num_entries(impl->zip, 0);
    if (n < 0 || static_cast<std::size_t>(n) > limits.max_parts) {
        error = fmt::format("has {} entries, more than the {} an Office document may have", n, limits.max_parts);
        return std::nullopt;
    }
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(impl->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        impl->names.push_back(name ? name : "");
    }
    return OoxmlPackage(std::move(impl));
}

const std::vector<std::string>& OoxmlPackage::names() const { return impl_->names; }

bool OoxmlPackage::has(std::string_view name) const {
    return std::find(impl_->names.begin(), impl_->names.end(), name) != impl_->names.end();
}

bool OoxmlPackage::has_macros() const {
    return std::any_of(impl_->names.begin(), impl_->names.end(), [](const std::string& n) {
        return n.find("vbaProject") != std::string::npos;
    });
}

std::optional<std::string> OoxmlPackage::read(std::string_view name, std::string& error) const {
    std::string key(name);
    zip_int64_t index = zip_name_locate(impl_->zip, key.c_str(), 0);
    if (index < 0) {
        error = fmt::format("has no part '{}'", key);
        return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
        error = fmt::format("part '{}' cannot be read: {}", key, zip_strerror(impl_->zip));
        return std::nullopt;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        error = fmt::format("part '{}' is encrypted; save the document without a password", key);
        return std::nullopt;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > impl_->limits.max_part_bytes) {
        error = fmt::format("part '{}' inflates to {} bytes, over the limit of {}", key, st.size,
                            impl_->limits.max_part_bytes);
        return std::nullopt;
    }
    zip_file_t* f = zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0);
    if (!f) {
        error = fmt::format("part '{}' cannot be opened: {}", key, zip_strerror(impl_->zip));
        return std::nullopt;
    }
    std::string out;
    // The declared size (within the limit, checked above) is room made once,
    // not a promise: what is really inflated is still counted below.
    if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<std::size_t>(st.size));
    char buf[65536];
    for (;;) {
        zip_int64_t got = zip_fread(f, buf, sizeof buf);
        if (got < 0) {
            error = fmt::format("part '{}' cannot be inflated: {}", key, zip_file_strerror(f));
            zip_fclose(f);
            return std::nullopt;
        }
        if (got == 0) break;
        // The declared size can lie: the limit holds for what is really inflated.
        if (out.size() + static_cast<std::size_t>(got) > impl_->limits.max_part_bytes) {
            error = fmt::format("part '{}' inflates to more than the limit of {} bytes", key,
                                impl_->limits.max_part_bytes);
            zip_fclose(f);
            return std::nullopt;
        }
        out.append(buf, static_cast<std::size_t>(got));
    }
    zip_fclose(f);
    return out;
}

namespace {

/// parse_xml_part and parse_xml_fragment: `extra` options (parse_fragment),
/// the nodes `depth` levels down.
std::optional<XmlPart> parse_xml(std::string_view text, std::string name, std::string& error,
                                 const OoxmlLimits& limits, unsigned extra, std::size_t depth) {
    XmlPart part;
    part.doc = std::make_unique<pugi::xml_document>();
    part.name = std::move(name);
    // parse_default keeps the predefined entities and character references
    // (parse_escapes) and nothing more: pugixml has no entity declarations.
    // parse_doctype keeps a DOCTYPE as a node, so that it can be refused.
    // parse_ws_pcdata keeps a run that is only spaces (<w:t xml:space="preserve"> </w:t>).
    unsigned options = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata | extra;
    pugi::xml_parse_result r =
        part.doc->load_buffer(text.data(), text.size(), options, pugi::encoding_auto);
    if (!r) {
        error = fmt::format("part '{}' is not well-formed XML at byte {}: {}", part.name, r.offset, r.description());
        return std::nullopt;
    }
    for (pugi::xml_node n = part.doc->first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_doctype) {
            error = fmt::format("part '{}' declares a DOCTYPE, which an Office document never does; refused "
                                "(entity declarations are not expanded)",
                                part.name);
            return std::nullopt;
        }
    if (depth > limits.max_depth || deeper_than(*part.doc, limits.max_depth - depth)) {
        error = fmt::format("part '{}' nests elements deeper than {}", part.name, limits.max_depth);
        return std::nullopt;
    }
    return part;
}

}  // namespace

std::optional<XmlPart> parse_xml_part(std::string_view text, std::string name, std::string& error,
                                      const OoxmlLimits& limits) {
    return parse_xml(text, std::move(name), error, limits, 0, 0);
}

std::optional<XmlPart> parse_xml_fragment(std::string_view text, std::string name, std::size_t depth,
                                          std::string& error, const OoxmlLimits& limits) {
    return parse_xml(text, std::move(name), error, limits, pugi::parse_fragment, depth);
}

std::optional<XmlPart> OoxmlPackage::xml(std::string_view name, std::string& error) const {
    auto bytes = read(name, error);
    if (!bytes) return std::nullopt;
    return parse_xml_part(*bytes, std::string(name), error, impl_->limits);
}

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view n = node.name();
    auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

}  // namespace scmplan
