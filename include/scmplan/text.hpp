// Text utilities: UTF-8 decoding and validation, code point counting, terminal display width,
// edit distance for "did you mean" hints.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace scmplan {

/// One code point of UTF-8 text and the number of bytes it takes.
struct CodePoint {
    char32_t value = 0;
    std::size_t length = 1;
};

/// The code point at s[i] (precondition: i < s.size()). An ill-formed or
/// truncated sequence is U+FFFD of length 1, so a loop over the text always
/// advances and every byte is looked at. The one UTF-8 decoder of scmplan.
CodePoint decode_utf8(std::string_view s, std::size_t i);

/// A code point of a text, where it starts and the number of bytes it takes.
struct CodePointAt {
    std::size_t offset = 0;
    char32_t value = 0;
    std::size_t length = 1;

    /// An ill-formed byte, read as U+FFFD (a U+FFFD in the text takes 3 bytes).
    bool ill_formed() const { return value == 0xFFFD && length == 1; }
};

/// The code points of UTF-8 text in order, each as decode_utf8 reads it (an
/// ill-formed byte is U+FFFD of length 1), for a range-for:
/// `for (CodePointAt c : code_points_of(s))`. The text must outlive the loop.
class CodePoints {
public:
    class iterator {
    public:
        iterator(std::string_view s, std::size_t at) : m_s(s) { read(at); }
        const CodePointAt& operator*() const { return m_cur; }
        iterator& operator++() {
            read(m_cur.offset + m_cur.length);
            return *this;
        }
        bool operator==(const iterator& other) const { return m_cur.offset == other.m_cur.offset; }

    private:
        void read(std::size_t at) {
            if (at >= m_s.size()) {
                m_cur = {m_s.size(), 0, 0};
                return;
            }
            const CodePoint c = decode_utf8(m_s, at);
            m_cur = {at, c.value, c.length};
        }
        std::string_view m_s;
        CodePointAt m_cur;
    };

    explicit CodePoints(std::string_view s) : m_s(s) {}
    iterator begin() const { return {m_s, 0}; }
    iterator end() const { return {m_s, m_s.size()}; }

private:
    std::string_view m_s;
};

inline CodePoints code_points_of(std::string_view s) { return CodePoints(s); }

/// Appends the UTF-8 form of `cp`, a Unicode scalar value.
void append_utf8(std::string& out, char32_t cp);

/// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
/// surrogates and code points above U+10FFFF are ill-formed), or nullopt if all is well.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// Number of code points in valid UTF-8 (invalid bytes count one each).
std::size_t count_code_points(std::string_view s);

/// Columns the text takes in a terminal: Thai vowels and tone marks take 0, wide
/// East Asian characters 2.
std::size_t display_width(std::string_view s);

/// The longest start of `s` made of whole grapheme clusters (a Thai letter
/// with its vowels and tone marks, a letter with its combining accents, an
/// emoji sequence: utf8proc's extended grapheme clusters) that has at most
/// `max_code_points` code points. `s` itself when it is short enough. Reads at
/// most max_code_points + 1 code points of `s`, whatever its length.
std::string_view grapheme_prefix(std::string_view s, std::size_t max_code_points);

/// Pads (on the right, or on the left when align_right) to `width` display columns.
std::string pad_display(std::string_view s, std::size_t width, bool align_right = false);

/// Edit distance over code points (optimal string alignment: a swap of
/// neighbouring characters counts as one edit). Memory O(min(n, m)).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Order of ids as people number them: runs of digits compare as numbers, so
/// R2 < R10 and A9 < A10 (A09 and A9 compare equal there, then by bytes).
bool natural_less(std::string_view a, std::string_view b);

/// Longest word (in code points) that gets a "did you mean" hint.
constexpr std::size_t max_hint_length = 64;

/// The candidate closest to `word` when close enough to be a plausible slip
/// (distance <= max(1, length/3)), else "". Words and candidates longer than
/// max_hint_length code points are never matched (time and memory stay bounded).
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

}  // namespace scmplan
