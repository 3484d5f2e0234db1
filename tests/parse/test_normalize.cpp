// Normalisation rules of typography.md ("Characters and widths").
#include <catch2/catch.hpp>

#include "parse/normalize.h"

using paiban::parse::clean_spaces;
using paiban::parse::normalize_punctuation;
using paiban::parse::normalize_text;
using paiban::parse::normalize_title;

TEST_CASE("normalize: half-width punctuation next to Han becomes full-width", "[normalize]") {
  CHECK(normalize_punctuation("创新理念,明确落脚点") == "创新理念，明确落脚点");
  CHECK(normalize_punctuation("关键词:组织;干部!好吗?") == "关键词：组织；干部！好吗？");
  CHECK(normalize_punctuation("(一)加强领导") == "（一）加强领导");
  CHECK(normalize_punctuation("国内生产总值(GDP)增长") == "国内生产总值（GDP）增长");
}

TEST_CASE("normalize: numbers, times, Latin text and URLs stay half-width", "[normalize]") {
  CHECK(normalize_punctuation("时间10:30开会") == "时间10:30开会");
  CHECK(normalize_punctuation("共3,000人") == "共3,000人");
  CHECK(normalize_punctuation("open source, free software") == "open source, free software");
  CHECK(normalize_punctuation("见https://a.cn/x(1),y") == "见https://a.cn/x(1),y");
  CHECK(normalize_punctuation("见www.a.cn/?q=1:2") == "见www.a.cn/?q=1:2");
  CHECK(normalize_punctuation("f(x) = 1") == "f(x) = 1");
  CHECK(normalize_punctuation("时间:10:30") == "时间：10:30");
}

TEST_CASE("normalize: white space", "[normalize]") {
  CHECK(clean_spaces("唯 GDP 唯") == "唯GDP唯");
  CHECK(clean_spaces("组 织\u3000工作") == "组织工作");
  CHECK(clean_spaces("样本为33 939人") == "样本为33 939人");
  CHECK(clean_spaces("open   source") == "open source");
  CHECK(clean_spaces("  前后  ") == "前后");
  CHECK(normalize_text("他说 , 好") == "他说，好");
}

TEST_CASE("normalize: titles keep word spaces, lose letter-spacing", "[normalize]") {
  CHECK(normalize_title("创新完善机制 做实做优考核") == "创新完善机制 做实做优考核");
  CHECK(normalize_title("组 织 工 作") == "组织工作");
  CHECK(normalize_title("一、 创新理念") == "一、创新理念");
  CHECK(normalize_title("1  引言") == "1 引言");
}
