#pragma once
// Text normalisation of typography.md ("Characters and widths"): white space
// cleaned and half-width punctuation in Chinese context made full-width.
#include <string>
#include <string_view>

namespace paiban::parse {

// Runs of spaces collapse to one ASCII space between Latin letters or
// digits (`33 939`, `open source`) and vanish next to Chinese characters,
// where they are artefacts (`唯 GDP 唯` -> `唯GDP唯`; layouts add the 1/4 em).
std::string clean_spaces(std::string_view s);

// `,:;!?()` with a Han character or full-width punctuation on at least one
// side become `,:;!?()`; left alone between digits (`10:30`, `3,000`),
// between Latin letters, and inside URLs. Brackets change as a pair.
std::string normalize_punctuation(std::string_view s);

// clean_spaces, then normalize_punctuation.
std::string normalize_text(std::string_view s);

// For titles and headline-like lines: spaces between words are kept (one
// space; `创新完善机制 做实做优考核`), letter-spacing (`组 织 工 作`) is removed,
// punctuation normalised.
std::string normalize_title(std::string_view s);

// All white space removed: the key for comparing lines and names.
std::string strip_spaces(std::string_view s);

// Only the letters and digits (Han included): the key for comparing texts
// that differ in punctuation (`常委组织部长` vs `常委、组织部长`).
std::string word_key(std::string_view s);

}  // namespace paiban::parse
