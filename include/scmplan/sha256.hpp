// SHA-256 (FIPS 180-4) of bytes in memory, as lower-case hex: how a progress
// form records the state of the files it was made from (progress_form.hpp),
// so that an import can tell a form made from files since changed.
#pragma once

#include <string>
#include <string_view>

namespace scmplan {

/// The 64 hex digits of the SHA-256 of `bytes` ("e3b0c442…" for "").
std::string sha256_hex(std::string_view bytes);

}  // namespace scmplan
