#include "parse/decode.h"

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <memory>

#include "model/error.h"
#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// A problem found at a byte offset of the decoded (not yet LF-normalised) text.
struct Flaw {
  std::size_t offset;
  std::size_t bytes;
};

struct RawText {
  std::string utf8;
  std::vector<Flaw> invalid;   // undecodable bytes skipped
  std::size_t truncated = 0;   // bytes of an incomplete final character
};

[[noreturn]] void refuse(const std::string& name, const std::string& why) {
  throw Error(ExitCode::data, name + ": " + why);
}

// Length of the valid UTF-8 sequence at `p`, 0 if invalid, -1 if cut by the end.
int utf8_sequence(std::string_view s, std::size_t p) {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(p);
  if (c < 0x80) return 1;
  int len = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
  if (len == 0) return 0;
  for (int i = 1; i < len; ++i) {
    if (p + i >= s.size()) return -1;
    unsigned char t = b(p + i);
    if ((t & 0xC0) != 0x80) return 0;
    if (i == 1) {  // overlongs, surrogates and > U+10FFFF are not UTF-8
      if (c == 0xE0 && t < 0xA0) return 0;
      if (c == 0xED && t > 0x9F) return 0;
      if (c == 0xF0 && t < 0x90) return 0;
      if (c == 0xF4 && t > 0x8F) return 0;
    }
  }
  return len;
}

struct Utf8Scan {
  RawText raw;
  std::size_t multibyte = 0;
};

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan scan;
  scan.raw.utf8.reserve(s.size());
  std::size_t run = 0;  // start of the valid bytes not yet copied
  std::size_t p = 0;
  while (p < s.size()) {
    if (static_cast<unsigned char>(s[p]) < 0x80) {
      ++p;
      continue;
    }
    int len = utf8_sequence(s, p);
    if (len > 0) {
      ++scan.multibyte;
      p += len;
      continue;
    }
    scan.raw.utf8.append(s.substr(run, p - run));
    if (len < 0) {
      scan.raw.truncated = s.size() - p;
      return scan;
    }
    if (!scan.raw.invalid.empty() && scan.raw.invalid.back().offset == scan.raw.utf8.size())
      ++scan.raw.invalid.back().bytes;
    else
      scan.raw.invalid.push_back({scan.raw.utf8.size(), 1});
    run = ++p;
  }
  scan.raw.utf8.append(s.substr(run));
  return scan;
}

RawText decode_utf16(std::string_view s, bool little_endian) {
  RawText raw;
  auto unit = [&](std::size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(s[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(s[i + (little_endian ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::size_t p = 0;
  for (; p + 1 < s.size(); p += 2) {
    char32_t u = unit(p);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (p + 3 >= s.size()) break;  // cut between the halves of a pair
      char32_t low = unit(p + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(raw.utf8, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        p += 2;
        continue;
      }
      raw.invalid.push_back({raw.utf8.size(), 2});
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      raw.invalid.push_back({raw.utf8.size(), 2});
    } else {
      append_utf8(raw.utf8, u);
    }
  }
  raw.truncated = s.size() - p;
  return raw;
}

struct IconvDeleter {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvDeleter>;

struct UchardetDeleter {
  void operator()(uchardet_t u) const { uchardet_delete(u); }
};
using UchardetHandle = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter>;

RawText decode_legacy(std::string_view s, const std::string& charset, const std::string& name) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) refuse(name, "unsupported text encoding " + charset);
  IconvHandle owner(cd);
  RawText raw;
  raw.utf8.resize(s.size() * 2 + 16);
  char* in = const_cast<char*>(s.data());
  std::size_t in_left = s.size();
  std::size_t used = 0;
  while (in_left > 0) {
    char* out = raw.utf8.data() + used;
    std::size_t out_left = raw.utf8.size() - used;
    std::size_t rc = iconv(cd, &in, &in_left, &out, &out_left);
    used = raw.utf8.size() - out_left;
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      raw.utf8.resize(raw.utf8.size() * 2);
    } else if (errno == EINVAL) {
      raw.truncated = in_left;
      break;
    } else {  // EILSEQ: skip the byte, keep going
      if (!raw.invalid.empty() && raw.invalid.back().offset == used)
        ++raw.invalid.back().bytes;
      else
        raw.invalid.push_back({used, 1});
      ++in;
      --in_left;
    }
  }
  raw.utf8.resize(used);
  return raw;
}

std::string detect_charset(std::string_view s) {
  UchardetHandle detector(uchardet_new());
  if (!detector || uchardet_handle_data(detector.get(), s.data(), s.size()) != 0) return "";
  uchardet_data_end(detector.get());
  const char* found = uchardet_get_charset(detector.get());
  return found ? found : "";
}

// Chinese archives come in GB18030 (a superset of GBK and GB2312) or Big5;
// anything else uchardet names for bytes that are not UTF-8 is most likely
// a misdetection of short GB text.
std::string chinese_charset(const std::string& detected) {
  if (detected == "BIG5" || detected == "EUC-TW" || detected == "HZ-GB-2312" ||
      detected == "ISO-2022-CN")
    return detected;
  return "GB18030";
}

void refuse_binary(std::string_view s, const std::string& name) {
  std::size_t controls = 0;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    if (b == 0) refuse(name, "binary data (NUL bytes), not text");
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1A)
      ++controls;
  }
  if (controls > 8 && controls * 100 > s.size()) refuse(name, "binary data (control bytes), not text");
}

RawText decode_raw(std::string_view s, const std::string& name, std::string& encoding) {
  auto starts = [&](std::string_view bom) { return s.substr(0, bom.size()) == bom; };
  if (starts("\xFF\xFE")) {
    encoding = "UTF-16LE";
    return decode_utf16(s.substr(2), true);
  }
  if (starts("\xFE\xFF")) {
    encoding = "UTF-16BE";
    return decode_utf16(s.substr(2), false);
  }
  bool bom = starts("\xEF\xBB\xBF");
  if (bom) s.remove_prefix(3);
  refuse_binary(s, name);
  Utf8Scan scan = scan_utf8(s);
  // A few bad bytes in otherwise rich UTF-8 are damage, not another encoding.
  if (bom || scan.raw.invalid.empty() || scan.multibyte >= 8 * scan.raw.invalid.size()) {
    encoding = "UTF-8";
    return std::move(scan.raw);
  }
  encoding = chinese_charset(detect_charset(s));
  RawText raw = decode_legacy(s, encoding, name);
  std::size_t bad = 0;
  for (const Flaw& f : raw.invalid) bad += f.bytes;
  if (bad > 4 && bad * 50 > s.size())
    refuse(name, "not readable as text (" + std::to_string(bad) + " bytes invalid as UTF-8 and " + encoding + ")");
  return raw;
}

// LF line ends; other control characters become spaces. Keeps a map from
// the raw offsets of flaws to line numbers.
bool needs_line_end_pass(std::string_view raw, const std::vector<Flaw>& flaws) {
  if (!flaws.empty()) return true;
  for (char ch : raw)
    if (static_cast<unsigned char>(ch) < 0x20 && ch != '\n' && ch != '\t') return true;
  return false;
}

std::string normalise_line_ends(std::string&& raw, std::vector<Flaw>& flaws, std::vector<int>& flaw_lines) {
  if (!needs_line_end_pass(raw, flaws)) return std::move(raw);
  std::string out;
  out.reserve(raw.size());
  std::size_t next_flaw = 0;
  int line = 1;
  for (std::size_t i = 0; i <= raw.size(); ++i) {
    // `<=`: a CR LF pair skips the LF's offset, and a flaw may sit there.
    while (next_flaw < flaws.size() && flaws[next_flaw].offset <= i) {
      flaw_lines.push_back(line);
      ++next_flaw;
    }
    if (i == raw.size()) break;
    char ch = raw[i];
    if (ch == '\r') {
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      ch = '\n';
    }
    if (ch == '\n' || ch == '\f') {
      out += '\n';
      ++line;
    } else if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace

Decoded decode_text(std::string_view bytes, const std::string& name, std::size_t max_bytes) {
  if (bytes.size() > max_bytes)
    refuse(name, "too large (" + std::to_string(bytes.size()) + " bytes, the limit is " +
                     std::to_string(max_bytes) + ")");
  if (bytes.empty()) refuse(name, "empty file");
  Decoded out;
  RawText raw = decode_raw(bytes, name, out.encoding);
  std::vector<int> lines;
  out.text = normalise_line_ends(std::move(raw.utf8), raw.invalid, lines);
  const std::size_t max_reports = 20;
  for (std::size_t i = 0; i < raw.invalid.size() && i < max_reports; ++i)
    out.diagnostics.push_back({lines[i], model::Severity::warning,
                               std::to_string(raw.invalid[i].bytes) + " bytes invalid as " +
                                   out.encoding + " dropped (mojibake?)"});
  if (raw.invalid.size() > max_reports)
    out.diagnostics.push_back({lines[max_reports], model::Severity::warning,
                               std::to_string(raw.invalid.size() - max_reports) +
                                   " more places with invalid bytes dropped"});
  if (raw.truncated > 0) {
    int last = 1;
    for (char ch : out.text) last += ch == '\n';
    out.diagnostics.push_back({last, model::Severity::warning,
                               "file truncated inside a character (" + std::to_string(raw.truncated) +
                                   " bytes dropped)"});
  }
  return out;
}

}  // namespace paiban::parse
