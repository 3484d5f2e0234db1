// The parser's driver: decode -> lines -> repeated copy -> front matter ->
// back matter -> body -> checks.
#include "parse/parse.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

#include "model/error.h"
#include "parse/body.h"
#include "parse/decode.h"
#include "parse/dedupe.h"
#include "parse/front_matter.h"
#include "parse/keywords.h"
#include "parse/language.h"
#include "parse/lines.h"
#include "parse/mojibake.h"
#include "parse/numbering.h"
#include "parse/report.h"
#include "parse/tail.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// Text with no or little Chinese in it is not a periodical article.
void require_article_text(std::string_view text, const std::string& name) {
  std::size_t han = 0, latin = 0;
  std::string_view sample = text.substr(0, 1u << 20);
  for (std::size_t p = 0; p < sample.size();) {
    char32_t c = next_char(sample, p);
    han += is_han(c);
    latin += is_latin_letter(c);
  }
  bool blank = true;
  for (std::size_t p = 0; p < text.size() && blank;) blank = is_space(next_char(text, p)) || text[p - 1] == '\n';
  if (blank) throw Error(ExitCode::data, name + ": empty (only white space)");
  if (han == 0) throw Error(ExitCode::data, name + ": no Chinese text, not an article");
  if (han * 4 < latin) throw Error(ExitCode::data, name + ": mostly non-Chinese text, not an article");
}

std::string body_text(const model::Article& a) {
  std::string out = a.title + "\n" + a.lead + "\n";
  for (const model::Block& b : a.blocks) {
    out += b.text();
    out += '\n';
  }
  return out;
}

bool ends_sentence(std::string_view s) {
  if (s.empty()) return true;
  std::size_t p = s.size();
  char32_t c = prev_char(s, p);
  return std::u32string_view(U"。！？…”」』）；：.!?)】》").find(c) != std::u32string_view::npos;
}

// A body whose last paragraph stops mid-sentence, with no editor note or
// related list after it, was probably cut off.
void check_truncation(model::Article& a) {
  if (a.blocks.empty() || !a.editor.empty() || !a.related.empty()) return;
  const model::Block& last = a.blocks.back();
  if (last.type == model::BlockType::paragraph && !ends_sentence(last.text()))
    report(a, last.line, model::Severity::warning, "last paragraph ends mid-sentence (truncated?)");
}

}  // namespace

model::Article parse_bytes(std::string_view bytes, const std::string& name, const ParseOptions& options) {
  Decoded decoded = decode_text(bytes, name, options.max_bytes);
  require_article_text(decoded.text, name);
  model::Article a;
  a.diagnostics = std::move(decoded.diagnostics);
  std::vector<Line> lines = split_lines(decoded.text);
  report_mojibake(lines, a);
  std::size_t end = drop_repeated_copy(lines, a);
  FrontMatter front = parse_front_matter(lines, 0, end, a);
  Tail tail = parse_tail(lines, front.body_begin, end, a);
  parse_body(lines, front.body_begin, tail.body_end, front, a);
  parse_body(lines, tail.extra_begin, tail.extra_end, front, a);
  drop_duplicate_blocks(a);
  a.keywords = split_keywords(a.keywords_raw, body_text(a));
  check_numbering(a);
  check_truncation(a);
  a.language = detect_language(a);
  std::stable_sort(a.diagnostics.begin(), a.diagnostics.end(),
                   [](const model::Diagnostic& x, const model::Diagnostic& y) { return x.line < y.line; });
  return a;
}

model::Article parse_file(const std::string& path, const ParseOptions& options) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw Error(ExitCode::no_input, path + ": cannot read: " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw Error(ExitCode::no_input, path + ": is a directory, not a text file");
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > options.max_bytes)
    throw Error(ExitCode::data, path + ": too large (" + std::to_string(st.st_size) + " bytes, the limit is " +
                                    std::to_string(options.max_bytes) + ")");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::no_input, path + ": cannot read: " + std::strerror(errno));
  // Read at most one byte past the limit: enough to refuse a file that grew
  // or a special file with no size. The largest limit has no byte past it.
  const std::size_t read_limit =
      options.max_bytes < std::numeric_limits<std::size_t>::max() ? options.max_bytes + 1 : options.max_bytes;
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size) + 1);
  char buffer[1 << 16];
  while (bytes.size() < read_limit && in) {
    std::size_t chunk = std::min(sizeof buffer, read_limit - bytes.size());
    in.read(buffer, static_cast<std::streamsize>(chunk));
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw Error(ExitCode::no_input, path + ": cannot read: " + std::strerror(errno));
  return parse_bytes(bytes, path, options);
}

}  // namespace paiban::parse
