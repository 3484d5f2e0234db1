#include "parse/junk.h"

#include <array>

#include "parse/utf8.h"

namespace paiban::parse {

namespace {

bool contains_any(std::string_view line, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (line.find(w) != std::string_view::npos) return true;
  return false;
}

bool starts_with_any(std::string_view line, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (line.substr(0, w.size()) == w) return true;
  return false;
}

}  // namespace

bool is_junk_line(std::string_view line) {
  int han = 0, word = 0, separators = 0;
  for (std::size_t p = 0; p < line.size();) {
    char32_t c = next_char(line, p);
    han += is_han(c);
    word += is_word_char(c);
    separators += c == '|' || c == '>' || c == U'»' || c == U'|' || c == U'>';
  }
  if (word == 0) return true;               // `?`, `———`, `>>`
  if (han == 0 && word <= 3) return true;   // `2,`, `12`
  if (han == 0) return true;                // Latin menus before the Chinese title
  if (separators >= 2) return true;         // breadcrumbs: 首页 > 期刊 > 支部建设
  return contains_any(line, {"APP", "App下载", "客户端", "首页", "登录", "注册", "免责声明",
                             "当前位置", "您的位置", "您现在的位置", "设为首页", "加入收藏",
                             "网站地图", "扫一扫", "手机版", "二维码", "返回顶部", "微信公众号",
                             "http://", "https://", "www.", ".com", "在线投稿", "期刊导航",
                             "论文网", "下载全文", "免费下载", "阅读全文"});
}

bool is_copyright_line(std::string_view line) {
  return contains_any(line, {"版权所有", "版权声明", "Copyright", "copyright", "©", "转载请注明",
                             "未经许可", "未经授权", "本文来源", "本站", "本网", "声明:", "声明：", "来源：", "来源:"}) ||
         starts_with_any(line, {"来源:", "来源："});
}

bool is_catalogue_line(std::string_view line) {
  return starts_with_any(line, {"中图分类号", "文献标识码", "文献标志码", "文章编号", "DOI", "doi",
                                "[中图分类号]", "【中图分类号】", "〔中图分类号〕"});
}

}  // namespace paiban::parse
