// libFuzzer target over loading, checking and rendering (scripts/fuzz builds and runs it).
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    scmplan::fuzz::run_one(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
