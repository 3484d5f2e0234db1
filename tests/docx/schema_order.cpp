#include "docx/schema_order.h"

#include <algorithm>
#include <map>

namespace docx_test {

namespace {

using Sequence = std::vector<std::string>;

// Element name -> its child sequence (the w: prefix is added below). Names
// that share a rank (choices inside the sequence) are joined with '|'.
const std::map<std::string, Sequence>& sequences() {
  static const std::map<std::string, Sequence> table = [] {
    std::map<std::string, std::string> raw = {
        // CT_PPr (CT_PPrBase + rPr, sectPr, pPrChange) §17.3.1.26
        {"pPr",
         "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
         "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
         "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
         "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
         "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"},
        // CT_RPr (EG_RPrBase + rPrChange) §17.3.2.28
        {"rPr",
         "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
         "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
         "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath "
         "rPrChange"},
        // CT_SectPr §17.6.17
        {"sectPr",
         "headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
         "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi "
         "rtlGutter docGrid printerSettings sectPrChange"},
        // CT_Style §17.7.4.17
        {"style",
         "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
         "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr "
         "tblPr trPr tcPr tblStylePr"},
        {"styles", "docDefaults latentStyles style"},
        {"docDefaults", "rPrDefault pPrDefault"},
        {"pBdr", "top left bottom right between bar"},
        // CT_Font §17.8.3.10
        {"font",
         "altName panose1 charset family notTrueType pitch sig embedRegular embedBold "
         "embedItalic embedBoldItalic"},
        {"fonts", "font"},
        // CT_Settings §17.15.1.78
        {"settings",
         "writeProtection view zoom removePersonalInformation removeDateAndTime "
         "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
         "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
         "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
         "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
         "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
         "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge "
         "revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
         "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
         "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
         "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
         "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
         "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
         "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
         "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
         "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
         "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
         "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
         "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
         "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat "
         "docVars rsids mathPr attachedSchema themeFontLang clrSchemeMapping "
         "doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
         "readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags "
         "decimalSymbol listSeparator"},
        // CT_FtnDocProps (settings) §17.11.12
        {"footnotePr", "pos numFmt numStart numRestart footnote"},
        {"compat", "compatSetting"},
        // CT_R: properties first, then content (any order among content).
        {"r", "rPr t|footnoteReference|footnoteRef|separator|continuationSeparator|tab|br"},
        // CT_P: properties first, then runs and simple fields.
        {"p", "pPr r|fldSimple"},
        {"fldSimple", "r"},
        // CT_Body: block content, the section properties last.
        {"body", "p sectPr"},
        {"footnote", "p"},
        {"footnotes", "footnote"},
        {"hdr", "p"},
        {"ftr", "p"},
        {"rPrDefault", "rPr"},
        {"pPrDefault", "pPr"},
    };
    std::map<std::string, Sequence> out;
    for (auto& [name, text] : raw) {
      Sequence seq;
      std::size_t start = 0;
      while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        seq.push_back(text.substr(start, end - start));
        start = end + 1;
      }
      out["w:" + name] = seq;
    }
    return out;
  }();
  return table;
}

int rank_of(const Sequence& seq, const std::string& child) {
  std::string local = child.rfind("w:", 0) == 0 ? child.substr(2) : "?";
  for (std::size_t i = 0; i < seq.size(); ++i) {
    std::string ranks = "|" + seq[i] + "|";
    if (ranks.find("|" + local + "|") != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

void check(const tinyxml2::XMLElement* e, std::vector<std::string>& problems, int& count) {
  auto it = sequences().find(e->Name());
  if (it != sequences().end()) {
    ++count;
    int last = -1;
    std::string last_name;
    for (auto* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
      int rank = rank_of(it->second, c->Name());
      if (rank < 0)
        problems.push_back(std::string(e->Name()) + ": unexpected child " + c->Name());
      else if (rank < last)
        problems.push_back(std::string(e->Name()) + ": " + c->Name() + " after " + last_name);
      last = std::max(last, rank);
      if (rank >= last) last_name = c->Name();
    }
  }
  for (auto* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) check(c, problems, count);
}

}  // namespace

std::vector<std::string> schema_order_problems(const tinyxml2::XMLElement* root) {
  std::vector<std::string> problems;
  int count = 0;
  check(root, problems, count);
  return problems;
}

int checked_element_count(const tinyxml2::XMLElement* root) {
  std::vector<std::string> problems;
  int count = 0;
  check(root, problems, count);
  return count;
}

}  // namespace docx_test
