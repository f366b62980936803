// What the per-kind tables of src/core/format_spec_*.cpp share. Private to the
// core layer.
#pragma once

#include "scmplan/format_spec.hpp"

namespace scmplan::format::spec {

/// `scmplan: 1`, the first key of every file.
Field version_field();
/// `kind: …`, the second key; its value is the kind of the file's top-level spec.
Field kind_field();

}  // namespace scmplan::format::spec
