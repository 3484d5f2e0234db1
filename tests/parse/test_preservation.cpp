// Character preservation: every letter, digit and Han character of the input
// is in the model exactly once, over the examples and every test input.
//
// Precisely: the multiset of word characters (Han, letters, digits) of the
// decoded input, minus
//   - the field labels the parser strips (关键词, 摘要, 责编, 猜你喜欢, Abstract…:
//     the list below, matched at the start of a line),
//   - the text of every diagnostic's `omitted` (junk, repeated title/byline,
//     duplicates, footers, the keyword echo of the related list),
// equals the multiset of word characters of the model's text fields
// (title … related; `keywords_raw` stands for the keyword line, so the split
// `keywords` are not counted again).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "parse/decode.h"
#include "parse/lines.h"
#include "parse/utf8.h"
#include "parse_test_support.h"

using namespace paiban;

namespace {

using Counts = std::map<char32_t, int>;

void add_words(Counts& counts, std::string_view text, int sign) {
  for (std::size_t p = 0; p < text.size();) {
    char32_t c = parse::next_char(text, p);
    if (parse::is_word_char(c)) counts[c] += sign;
  }
}

std::u32string word_chars(std::string_view text) {
  std::u32string out;
  for (std::size_t p = 0; p < text.size();) {
    char32_t c = parse::next_char(text, p);
    if (parse::is_word_char(c)) out += c;
  }
  return out;
}

const std::u32string_view kLabels[] = {U"关键词", U"关键字", U"關鍵詞", U"摘要", U"内容提要", U"责任编辑", U"责编",
                                       U"猜你喜欢", U"Abstract", U"Keywords", U"Keyword"};

// Word characters of `text`, line by line, without the labels of each line.
void add_unlabelled_words(Counts& counts, std::string_view text, int sign) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::u32string words = word_chars(line);
    std::string_view trimmed = parse::trim(line);
    if (trimmed.rfind("文/", 0) == 0 || trimmed.rfind("文／", 0) == 0) words.erase(0, 1);  // byline `文/`
    for (std::u32string_view label : kLabels)
      if (words.compare(0, label.size(), label) == 0) {
        words.erase(0, label.size());
        break;
      }
    for (char32_t c : words) counts[c] += sign;
    start = end + 1;
  }
}

Counts input_counts(const std::string& path) {
  std::string bytes = test::read_file(path);
  std::string text = parse::decode_text(bytes, path, 64u << 20).text;
  Counts counts;
  add_unlabelled_words(counts, text, 1);
  return counts;
}

Counts model_counts(const model::Article& a) {
  Counts counts;
  for (const std::string* s : {&a.title, &a.subtitle, &a.date, &a.time, &a.journal, &a.issue, &a.keywords_raw,
                               &a.abstract, &a.abstract_en, &a.lead, &a.editor})
    add_words(counts, *s, 1);
  for (const model::Author& au : a.authors) {
    add_words(counts, au.name, 1);
    add_words(counts, au.role, 1);
    for (const std::string& m : au.marks) add_words(counts, m, 1);
  }
  for (const auto* list : {&a.affiliations, &a.keywords_en, &a.related})
    for (const std::string& s : *list) add_words(counts, s, 1);
  for (const model::Block& b : a.blocks) add_words(counts, b.text(), 1);
  for (const model::Diagnostic& d : a.diagnostics) add_unlabelled_words(counts, d.omitted, 1);
  return counts;
}

std::string differences(const Counts& input, const Counts& model) {
  std::string out;
  Counts all = input;
  for (const auto& [c, n] : model) all[c] -= n;
  for (const auto& [c, n] : all) {
    if (n == 0) continue;
    parse::append_utf8(out, c);
    out += (n > 0 ? "(lost " : "(extra ") + std::to_string(n > 0 ? n : -n) + ") ";
  }
  return out;
}

std::vector<std::string> all_inputs() {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const std::string& dir : {std::string(PAIBAN_SOURCE_DIR) + "/examples", std::string(PAIBAN_TESTS_DIR) + "/parse/inputs"})
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

TEST_CASE("preservation: every word character appears exactly once", "[property]") {
  std::vector<std::string> paths = all_inputs();
  REQUIRE(paths.size() >= 20);
  for (const std::string& path : paths) {
    INFO(path);
    model::Article a = parse::parse_file(path);
    CHECK(differences(input_counts(path), model_counts(a)) == "");
  }
}

TEST_CASE("preservation: the check catches a lost character", "[property]") {
  model::Article a = parse::parse_file(test::example_path());
  std::string& last = a.blocks.back().runs.back().text;
  last.erase(last.size() - 3);  // drop the final 。: punctuation is not counted
  CHECK(differences(input_counts(test::example_path()), model_counts(a)) == "");
  last.erase(0, 3);  // drop a Han character
  CHECK(differences(input_counts(test::example_path()), model_counts(a)) != "");
}

TEST_CASE("preservation: dropped text is reported with its lines", "[property]") {
  for (const std::string& path : all_inputs()) {
    INFO(path);
    for (const model::Diagnostic& d : parse::parse_file(path).diagnostics)
      if (!d.omitted.empty()) CHECK(d.line > 0);
  }
}
