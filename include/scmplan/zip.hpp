// A zip archive built in memory (libzip), for the evidence package. Pure:
// entries in, bytes out; the command line reads the files and writes the result.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scmplan {

struct ZipEntry {
    std::string name;            ///< path inside the archive, `/`-separated, UTF-8 (flagged as such)
    std::string data;            ///< the bytes, stored deflated
    std::int64_t mtime = 315532800;  ///< seconds since 1970 (default 1980-01-01, zip's earliest): fixed, so archives are reproducible
};

/// The archive of `entries`, in their order; nullopt (with `error`) when libzip fails.
std::optional<std::string> zip_bytes(const std::vector<ZipEntry>& entries, std::string& error);

}  // namespace scmplan
