#include "scmplan/zip.hpp"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace scmplan {

unsigned dos_date_of(int year, int month, int day) {
    if (year < 1980) year = 1980;
    if (year > 2107) year = 2107;
    return static_cast<unsigned>(((year - 1980) << 9) | (month << 5) | day);
}

std::optional<std::string> write_zip(const std::vector<ZipEntry>& entries, std::string& error, unsigned dos_date,
                                     unsigned dos_time) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    auto fail = [&](const char* what, zip_error_t* e) -> std::optional<std::string> {
        error = std::string(what) + ": " + zip_error_strerror(e);
        return std::nullopt;
    };
    // The archive is written into this growing memory buffer; keep() lets it
    // outlive the zip_t, which zip_close() frees.
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zerr);
    if (!buffer) return fail("zip buffer", &zerr);
    std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> hold(buffer, zip_source_free);
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerr);
    if (!za) return fail("zip open", &zerr);
    zip_source_keep(buffer);
    for (const auto& e : entries) {
        // The entry's bytes are read at zip_close(); `entries` outlives it.
        zip_source_t* s = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        zip_int64_t i = s ? zip_file_add(za, e.name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (i < 0) {
            if (s) zip_source_free(s);
            auto r = fail("zip add", zip_get_error(za));
            zip_discard(za);
            return r;
        }
        auto idx = static_cast<zip_uint64_t>(i);
        if (zip_file_set_dostime(za, idx, static_cast<zip_uint16_t>(dos_time), static_cast<zip_uint16_t>(dos_date), 0) != 0 ||
            zip_set_file_compression(za, idx, ZIP_CM_DEFLATE, 9) != 0) {
            auto r = fail("zip entry", zip_get_error(za));
            zip_discard(za);
            return r;
        }
    }
    if (zip_close(za) != 0) {
        auto r = fail("zip close", zip_get_error(za));
        zip_discard(za);
        return r;
    }
    std::string out;
    if (zip_source_open(buffer) != 0) return fail("zip read", zip_source_error(buffer));
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(size > 0 ? static_cast<std::size_t>(size) : 0);
    zip_int64_t got = out.empty() ? 0 : zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    if (got != size) return fail("zip read", zip_source_error(buffer));
    return out;
}

}  // namespace scmplan
