#include "parse/language.h"

#include <bitset>

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

// Frequent characters whose form differs between the scripts; pairs such as
// 于/於 or 后/後, where the simplified form also exists in traditional text,
// are left out.
constexpr std::u32string_view kTraditional =
    U"這們來時為會說國對發經與學業還過開關問動現實體當點產無從將義機種長間見進論議應變條區組織務權讓認識黨員頁該車東門馬語讀華風飛聽願幾樣麼歲歷廣際網級領導設計報導選舉團結";
constexpr std::u32string_view kSimplified =
    U"这们来时为会说国对发经与学业还过开关问动现实体当点产无从将义机种长间见进论议应变条区组织务权让认识党员页该车东门马语读华风飞听愿几样么岁历广际网级领导设计报导选举团结";

struct Table {
  std::bitset<0x10000> traditional, simplified;
  Table() {
    for (char32_t c : kTraditional) traditional.set(c);
    for (char32_t c : kSimplified) simplified.set(c);
    // a character in both lists would say nothing: make sure none is
    for (char32_t c : kSimplified)
      if (traditional.test(c)) traditional.reset(c), simplified.reset(c);
  }
};

}  // namespace

std::string detect_language(const model::Article& a) {
  static const Table table;
  std::size_t trad = 0, simp = 0, seen = 0;
  auto count = [&](std::string_view s) {
    for (std::size_t p = 0; p < s.size() && seen < 200000;) {
      char32_t c = next_char(s, p);
      ++seen;
      if (c < 0x10000) {
        trad += table.traditional.test(c);
        simp += table.simplified.test(c);
      }
    }
  };
  count(a.title);
  count(a.lead);
  for (const model::Block& b : a.blocks)
    for (const model::Run& r : b.runs) count(r.text);
  return (trad >= 3 && trad > 2 * simp) ? "zh-Hant" : "zh-Hans";
}

}  // namespace paiban::parse
