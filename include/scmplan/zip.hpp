// A zip archive built in memory with libzip: the container of .docx files (and
// of any other bundle of files scmplan writes). Bytes in, bytes out; no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace scmplan {

struct ZipEntry {
    std::string name;  ///< path inside the archive, '/'-separated, UTF-8
    std::string data;  ///< the bytes of the file
};

/// The bytes of a zip archive holding `entries` in the given order (OOXML wants
/// "[Content_Types].xml" first), each deflated. Deterministic: every entry is
/// dated `dos_date`/`dos_time` (MS-DOS format; the default is 1980-01-01 00:00,
/// the earliest a zip can say) and carries no extra fields, so the same entries
/// always give the same bytes. On a libzip failure, nullopt and `error` says why.
std::optional<std::string> write_zip(const std::vector<ZipEntry>& entries, std::string& error,
                                     unsigned dos_date = (0u << 9) | (1u << 5) | 1u, unsigned dos_time = 0);

/// The MS-DOS date of a calendar day (years 1980–2107), for write_zip.
unsigned dos_date_of(int year, int month, int day);

}  // namespace scmplan
