// zip_bytes: libzip writing into a memory buffer (zip_source_buffer), read
// back once the archive is closed.
#include "scmplan/zip.hpp"

#include <zip.h>

#include <memory>

namespace scmplan {

std::optional<std::string> zip_bytes(const std::vector<ZipEntry>& entries, std::string& error) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &ze);
    if (!buffer) {
        error = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_source_keep(buffer);  // still ours after zip_close, to read the result
    std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> hold(buffer, zip_source_free);
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &ze);
    if (!za) {
        error = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        return std::nullopt;
    }
    zip_error_fini(&ze);
    for (const ZipEntry& e : entries) {
        // The data outlives zip_close (entries is the caller's): no copy.
        zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        zip_int64_t index = src ? zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src) zip_source_free(src);
            error = zip_strerror(za);
            zip_discard(za);
            return std::nullopt;
        }
        zip_file_set_mtime(za, static_cast<zip_uint64_t>(index), static_cast<time_t>(e.mtime), 0);
        zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(za) != 0) {
        error = zip_strerror(za);
        zip_discard(za);
        return std::nullopt;
    }
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
        error = zip_error_strerror(zip_source_error(buffer));
        return std::nullopt;
    }
    std::string out(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t n = zip_source_read(buffer, out.data(), st.size);
    zip_source_close(buffer);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
        error = "cannot read the archive back from memory";
        return std::nullopt;
    }
    return out;
}

}  // namespace scmplan
