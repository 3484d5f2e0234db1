#include "layout/issue/running_heads.h"

#include <array>
#include <string_view>
#include <utility>

#include "layout/issue/page_text.h"

namespace paiban::layout::issue {

namespace {

constexpr std::string_view kEllipsis = "……";

// Marks that must not stand before the ellipsis (clreq: no doubled punctuation).
bool ends_with_punctuation(const std::string& s) {
  static const std::array<std::string_view, 12> marks{",", "、", "。", ":", ";", "!",
                                                      "?", "—", "·", "(", "《", "“"};
  for (std::string_view m : marks)
    if (s.size() >= m.size() && s.compare(s.size() - m.size(), m.size(), m) == 0) return true;
  return s.empty() ? false : s.back() == ' ';
}

void drop_trailing_punctuation(std::string& s) {
  while (ends_with_punctuation(s)) {
    std::size_t cut = s.size() - 1;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 lead byte
    s.erase(cut);
  }
}

double x_for(const Frame& frame, double width, RunningPosition position, bool recto) {
  bool right = (position == RunningPosition::outer) == recto;
  if (position == RunningPosition::center) return frame.x + (frame.width - width) / 2;
  return right ? frame.x + frame.width - width : frame.x;
}

BlockStyle small_style(const LayoutSpec& spec, double scale) {
  BlockStyle style = spec.style("paragraph");
  style.size *= scale;
  style.leading = style.size * 1.2;
  return style;
}

}  // namespace

std::string expand_fields(const std::string& template_text, const HeadFields& fields) {
  const std::array<std::pair<std::string_view, const std::string*>, 5> names{{
      {"{journal}", &fields.journal}, {"{issue}", &fields.issue}, {"{title}", &fields.title},
      {"{page}", &fields.page}, {"{pages}", &fields.pages}}};
  std::string out;
  for (std::size_t i = 0; i < template_text.size();) {
    bool replaced = false;
    for (const auto& [name, value] : names) {
      if (template_text.compare(i, name.size(), name) == 0) {
        out += *value;
        i += name.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += template_text[i++];
  }
  return out;
}

std::string shorten_title(const text::FontCatalog& fonts, const std::string& title,
                          const BlockStyle& style, double max_width) {
  text::Line whole = set_single_line(fonts, title, style);
  if (whole.width <= max_width) return title;
  double room = max_width - set_single_line(fonts, std::string(kEllipsis), style).width;
  // The cut goes before the first glyph whose pen position leaves no room.
  std::size_t cut = 0;
  for (const text::GlyphRun& run : whole.runs)
    for (const text::PlacedGlyph& g : run.glyphs)
      if (g.x + g.advance <= room && g.cluster >= cut) cut = g.cluster + 1;
  // cut is one byte past a cluster start: extend to the end of that character.
  while (cut < title.size() && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) ++cut;
  std::string prefix = title.substr(0, cut);
  drop_trailing_punctuation(prefix);
  return prefix + std::string(kEllipsis);
}

RunningText issue_header(const LayoutSpec& spec) {
  if (spec.header.enabled) return spec.header;
  RunningText head;
  head.left_page = "{journal} {issue}";
  head.right_page = "{title}";
  head.style = small_style(spec, 0.8);
  head.offset = spec.page.margin_top * 0.35;
  head.enabled = true;
  head.rule = 0.4;
  return head;
}

RunningText issue_folio(const LayoutSpec& spec) {
  if (spec.folio.enabled) return spec.folio;
  RunningText folio;
  folio.left_page = folio.right_page = "{page}";
  folio.style = small_style(spec, 0.9);
  folio.offset = spec.page.margin_bottom * 0.35;
  folio.enabled = true;
  folio.on_first_page = true;
  folio.position = RunningPosition::center;
  return folio;
}

double head_title_width(const LayoutSpec& spec) { return text_block(spec, true).width * 0.6; }

void add_running_head(Page& page, const text::FontCatalog& fonts, const LayoutSpec& spec,
                      const RunningText& head, const std::string& text, bool recto) {
  if (text.empty()) return;
  Frame frame = text_block(spec, recto);
  text::Line line = set_single_line(fonts, text, head.style);
  // The same geometry as the single-article paginator's heads.
  double baseline = frame.y - head.offset - 0.12 * head.style.size;
  place_line(page, line, {frame.x, frame.width, x_for(frame, line.width, head.position, recto), baseline},
             head.style, "header");
  if (head.rule > 0) {
    float y = static_cast<float>(frame.y - head.offset / 2);
    page.rules.push_back({static_cast<float>(frame.x), y, static_cast<float>(frame.x + frame.width),
                          y, static_cast<float>(head.rule)});
  }
}

void add_folio(Page& page, const text::FontCatalog& fonts, const LayoutSpec& spec,
               const RunningText& folio, const std::string& text, bool recto) {
  if (text.empty()) return;
  Frame frame = text_block(spec, recto);
  text::Line line = set_single_line(fonts, text, folio.style);
  double baseline = frame.y + frame.height + folio.offset + 0.88 * folio.style.size;
  place_line(page, line, {frame.x, frame.width, x_for(frame, line.width, folio.position, recto), baseline},
             folio.style, "folio");
}

}  // namespace paiban::layout::issue
