// A zip archive built in memory with libzip, for the tests of the readers of
// .docx and .xlsx packages (ooxml, docx_read, xlsx_read).
#pragma once

#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

namespace test {

/// The namespaces of a workbook's parts (SpreadsheetML and its relationships),
/// for building .xlsx packages by hand.
inline const std::string xlsx_ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
inline const std::string rels_ns = "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"";
inline const std::string rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The bytes of a zip archive holding `entries` (name, bytes) in order.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* buf = zip_source_buffer_create(nullptr, 0, 0, &ze);
    zip_source_keep(buf);
    zip_t* z = zip_open_from_source(buf, ZIP_TRUNCATE, &ze);
    REQUIRE(z != nullptr);
    for (const auto& [name, bytes] : entries) {
        zip_source_t* s = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
        REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
    REQUIRE(zip_source_open(buf) == 0);
    zip_stat_t st;
    zip_source_stat(buf, &st);
    std::string out(st.size, '\0');
    zip_source_read(buf, out.data(), st.size);
    zip_source_close(buf);
    zip_source_free(buf);
    return out;
}

}  // namespace test
