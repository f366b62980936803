// The languages of labels and dates. Parsed once, from --lang, by the command
// line; everything below it takes a Lang and never compares language names.
#pragma once

namespace scmplan {

enum class Lang {
    th,  ///< Thai labels, Buddhist-era dates (the default)
    en,  ///< English labels, ISO dates
};

/// The language's tag for documents (HTML lang, SVG xml:lang, Word): "th", "en".
constexpr const char* lang_tag(Lang lang) { return lang == Lang::en ? "en" : "th"; }

}  // namespace scmplan
