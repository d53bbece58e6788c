// html: one self-contained page for editors (docs/reports.md, "Reading the
// HTML report"). The template, CSS and JS come from reports/ via html_assets.h;
// this file fills the template's {{placeholders}}.
//
// Safety: every piece of article text, message, path and name goes through
// HtmlEscape; the data block for the script is JSON with < > & U+2028 U+2029
// escaped; the page's Content-Security-Policy allows no network at all and
// only the one inline script and the one inline style, by their SHA-256 hash,
// so even a missed escape could not run a script.
#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "checker/core/sha256.h"
#include "checker/report/common.h"
#include "checker/report/escape.h"
#include "checker/report/html_assets.h"
#include "checker/report/html_timeline.h"
#include "checker/report/reporters.h"

namespace factlint::report {
namespace {

using Json = nlohmann::ordered_json;

// Replaces each {{name}} in `text` by values.at(name), in one pass: a value
// is never scanned for placeholders, so article text cannot inject one.
std::string FillTemplate(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find("{{", pos);
    if (open == std::string_view::npos) break;
    const size_t close = text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const std::string name(text.substr(open + 2, close - open - 2));
    auto it = values.find(name);
    if (it != values.end()) {
      out += it->second;
    } else {
      out.append(text.substr(open, close + 2 - open));  // not ours: leave it
    }
    pos = close + 2;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

std::string CspHash(std::string_view inline_text) {
  return "'sha256-" + Base64(Sha256(inline_text)) + "'";
}

// Byte offset of 1-based code point column `column` in `line` (clamped).
size_t ByteOfColumn(std::string_view line, int column) {
  int current = 1;
  for (size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    if (current == column) return i;
    ++current;
  }
  return line.size();
}

// True when text[i] is the '.', '!' or '?' that ends a sentence: followed by
// a space, and for '.' not the end of a short abbreviation ("Oct.", "Mr.",
// "U.S."): the word before it is a number or at least four letters long.
bool EndsSentence(std::string_view text, size_t i) {
  if (i + 1 >= text.size() || text[i + 1] != ' ') return false;
  if (text[i] == '!' || text[i] == '?') return true;
  if (text[i] != '.') return false;
  size_t word = i;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '.') --word;
  const size_t length = i - word;
  const bool number = length > 0 && std::isdigit(static_cast<unsigned char>(text[word])) != 0;
  return length >= 4 || number;
}

// The sentence around a location, as HTML: the located text in <mark>. Taken
// from the source file's lines; the location's own text when the source is
// not at hand.
std::string SentenceHtml(const RunReport& run, const Location& location) {
  // The engine's own sentence, markup already removed, when it gave one.
  if (!location.sentence_before.empty() || !location.sentence_after.empty())
    return HtmlEscape(location.sentence_before) + "<mark>" + HtmlEscape(location.text) + "</mark>" +
           HtmlEscape(location.sentence_after);
  const SourceText* source = location.path.empty() ? nullptr : FindSource(run, location.path);
  if (source == nullptr || location.line < 1 || location.line > source->line_count())
    return location.text.empty() ? "" : "<mark>" + HtmlEscape(location.text) + "</mark>";
  const int last_line = std::clamp(location.end_line, location.line, source->line_count());
  std::string text;
  size_t span_begin = 0;
  size_t span_end = 0;
  for (int line = location.line; line <= last_line; ++line) {
    const std::string_view content = source->Line(line);
    if (line == location.line) span_begin = text.size() + ByteOfColumn(content, location.column);
    if (line == last_line) {
      span_end = line == location.end_line
                     ? text.size() + ByteOfColumn(content, location.end_column)
                     : text.size() + content.size();
    }
    text.append(content);
    if (line != last_line) text += ' ';
  }
  span_end = std::max(span_end, span_begin);

  // Widen to the sentence: back to just after the previous sentence end, on to
  // the next one, at most ~300 bytes each way.
  constexpr size_t kMaxContext = 300;
  size_t begin = span_begin;
  while (begin > 0 && span_begin - begin < kMaxContext &&
         !(begin >= 2 && EndsSentence(text, begin - 2)))
    --begin;
  size_t end = span_end;
  while (end < text.size() && end - span_end < kMaxContext &&
         !(end > 0 && EndsSentence(text, end - 1)))
    ++end;
  // Do not cut a UTF-8 sequence.
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  const std::string ellipsis = "\xE2\x80\xA6";
  std::string html;
  if (begin > 0 && !EndsSentence(text, begin >= 2 ? begin - 2 : 0)) html += ellipsis;
  html += HtmlEscape(text.substr(begin, span_begin - begin));
  html += "<mark>" + HtmlEscape(text.substr(span_begin, span_end - span_begin)) + "</mark>";
  html += HtmlEscape(text.substr(span_end, end - span_end));
  if (end < text.size() && !(end > 0 && EndsSentence(text, end - 1))) html += ellipsis;
  return html;
}

const DocumentSummary* FindDocument(const RunReport& run, const std::string& path) {
  for (const DocumentSummary& document : run.documents)
    if (document.path == path) return &document;
  return nullptr;
}

const ClaimView* FindClaim(const RunReport& run, const Location& location) {
  for (const ClaimView& claim : run.claims) {
    if (claim.location.path == location.path && claim.location.line == location.line &&
        claim.location.column == location.column)
      return &claim;
  }
  return nullptr;
}

std::string DocumentDate(const DocumentSummary* document) {
  if (document == nullptr) return "";
  std::string date = document->published ? "published " + FormatIsoDate(*document->published)
                                         : std::string("undated");
  return date + ", " + RoleName(document->role);
}

std::string SideHtml(const RunReport& run, const Location& location, const std::string& kind_class,
                     const std::string& label, const std::string& value) {
  std::string html =
      "<div class=\"side " + kind_class + "\">\n<p class=\"label\">" + HtmlEscape(label) + "</p>\n";
  if (!location.path.empty()) {
    html += "<p class=\"where\"><code>" + HtmlEscape(LocationPrefix(location)) + "</code>";
    const std::string date = DocumentDate(FindDocument(run, location.path));
    if (!date.empty()) html += "<span class=\"date\">" + HtmlEscape(date) + "</span>";
    html += "</p>\n";
    const std::string sentence = SentenceHtml(run, location);
    if (!sentence.empty()) html += "<blockquote>" + sentence + "</blockquote>\n";
  }
  if (!value.empty()) html += "<p class=\"value\">" + HtmlEscape(value) + "</p>\n";
  html += "</div>\n";
  return html;
}

std::vector<int> DocumentsOf(const RunReport& run, const Finding& finding) {
  std::set<int> ids;
  const auto add = [&](const std::string& path) {
    for (size_t i = 0; i < run.documents.size(); ++i)
      if (!path.empty() && run.documents[i].path == path) ids.insert(static_cast<int>(i));
  };
  add(finding.location.path);
  for (const RelatedLocation& related : finding.related) add(related.location.path);
  return {ids.begin(), ids.end()};
}

std::string FindingHtml(const RunReport& run, const Finding& finding, size_t index,
                        const std::vector<int>& documents) {
  const std::string severity = SeverityName(finding.severity);
  std::string document_ids;
  for (int id : documents) document_ids += (document_ids.empty() ? "" : " ") + std::to_string(id);
  std::string html = "<article class=\"finding sev-" + severity + "\" id=\"finding-" +
                     std::to_string(index + 1) + "\" data-severity=\"" + severity +
                     "\" data-kind=\"" + HtmlEscape(finding.kind) + "\" data-documents=\"" +
                     document_ids + "\">\n<div class=\"finding-head\"><span class=\"badge sev-" +
                     severity + "\">" + severity + "</span><span class=\"kind\">" +
                     HtmlEscape(finding.kind) + "</span><p class=\"message\">" +
                     HtmlEscape(finding.message) + "</p><code class=\"rule\">[" +
                     HtmlEscape(finding.rule) + "]</code></div>\n";
  if (finding.fix)
    html += "<p class=\"fix\">Suggested: replace <del>" + HtmlEscape(finding.fix->location.text) +
            "</del> with <ins>" + HtmlEscape(finding.fix->replacement) + "</ins></p>\n";
  html += "<div class=\"sides\">\n";
  const ClaimView* claim = FindClaim(run, finding.location);
  html += SideHtml(run, finding.location, "primary", "claim",
                   claim != nullptr ? claim->normalized : std::string());
  for (const RelatedLocation& related : finding.related) {
    // Evidence from outside the run's articles (no path, or a fact file) is a fact.
    const bool fact = FindDocument(run, related.location.path) == nullptr;
    html += SideHtml(run, related.location, fact ? "fact" : "related",
                     fact ? "fact base" : "evidence", related.note);
  }
  html += "</div>\n</article>\n";
  return html;
}

// A subject's timeline: the findings' own entries, then every other claim
// about the subject that has a time value (a claim whose range a finding's
// entry already shows is not drawn twice).
std::string SubjectTimelineHtml(const RunReport& run, const std::string& subject,
                                const std::vector<const Finding*>& findings) {
  std::vector<TimelineRow> rows;
  for (const Finding* finding : findings) {
    for (const TimelineEntry& entry : finding->timeline) {
      auto same = std::find_if(rows.begin(), rows.end(), [&](const TimelineRow& row) {
        return row.label == entry.label && row.range == entry.range;
      });
      if (same != rows.end()) {
        same->primary = same->primary || entry.primary;
        continue;
      }
      const std::string detail =
          entry.where.empty() ? entry.label : entry.label + " (" + entry.where + ")";
      rows.push_back({entry.label, detail, entry.range, entry.is_fact, entry.primary, entry.where,
                      entry.span, entry.annotation});
    }
  }
  // Other claims of the same attributes only: a renewal has no place in a
  // premiere's timeline.
  std::set<std::string> attributes;
  for (const Finding* finding : findings) attributes.insert(finding->attribute);
  for (const ClaimView& claim : run.claims) {
    if (claim.subject != subject || !claim.range || attributes.count(claim.attribute) == 0)
      continue;
    const bool shown = std::any_of(rows.begin(), rows.end(), [&](const TimelineRow& row) {
      return !row.is_fact && row.range == *claim.range;
    });
    if (shown) continue;
    std::string label = claim.value_text;
    if (!claim.normalized.empty()) label += " \xE2\x80\x94 " + claim.normalized;
    const std::string where = claim.location.path + ":" + std::to_string(claim.location.line);
    rows.push_back({label, label + " (" + where + ")", *claim.range, false, false, where});
  }
  if (rows.empty())
    return "<p class=\"no-timeline\">No dated claims to draw for this subject.</p>\n";
  return "<figure class=\"timeline\">\n" + TimelineSvg(rows, run.as_of) +
         "\n<figcaption>Timeline:<span class=\"legend-box claim\"></span>claim"
         "<span class=\"legend-box fact\"></span>fact"
         "<span class=\"legend-box primary\"></span>the finding's claim"
         "<span class=\"legend-box gap\"></span>where they fail to overlap</figcaption>\n"
         "</figure>\n";
}

std::string SummaryHtml(const RunReport& run) {
  const SeverityCounts counts = CountSeverities(run);
  std::string html = "<ul class=\"tiles\">\n";
  const auto tile = [&html](const std::string& css, int n, const std::string& what) {
    html += "<li class=\"tile " + css + "\"><span class=\"n\">" + std::to_string(n) +
            "</span><span class=\"what\">" + what + "</span></li>\n";
  };
  tile("total", counts.total(), counts.total() == 1 ? "finding" : "findings");
  tile("sev-error", counts.error, counts.error == 1 ? "error" : "errors");
  tile("sev-warning", counts.warning, counts.warning == 1 ? "warning" : "warnings");
  tile("sev-info", counts.info, "info");
  tile("docs", static_cast<int>(run.documents.size()),
       run.documents.size() == 1 ? "document" : "documents");
  html += "</ul>\n";

  std::vector<std::pair<std::string, int>> kinds;
  for (const Finding& finding : run.findings) {
    auto it = std::find_if(kinds.begin(), kinds.end(),
                           [&](const auto& kind) { return kind.first == finding.kind; });
    if (it == kinds.end()) {
      kinds.emplace_back(finding.kind, 1);
    } else {
      ++it->second;
    }
  }
  if (!kinds.empty()) {
    html += "<p class=\"kinds\">By kind: ";
    for (const auto& [kind, n] : kinds)
      html += "<span>" + HtmlEscape(kind) + " <b>" + std::to_string(n) + "</b></span>";
    html += "</p>\n";
  }

  html +=
      "<div class=\"table-wrap\"><table "
      "class=\"documents\">\n<thead><tr><th>Document</th><th>Published</th><th>Role</th>"
      "<th>Claims</th><th>Findings</th></tr></thead>\n<tbody>\n";
  for (const DocumentSummary& document : run.documents) {
    int findings = 0;
    for (const Finding& finding : run.findings) findings += finding.location.path == document.path;
    html += "<tr><td><code>" + HtmlEscape(document.path) + "</code>";
    if (!document.title.empty()) html += "<br>" + HtmlEscape(document.title);
    html += "</td><td>" +
            (document.published ? FormatIsoDate(*document.published) : std::string("undated")) +
            "</td><td><span class=\"role role-" + RoleName(document.role) + "\">" +
            RoleName(document.role) + "</span></td><td class=\"num\">" +
            std::to_string(document.claims) + "</td><td class=\"num\">" + std::to_string(findings) +
            "</td></tr>\n";
  }
  html += "</tbody>\n</table></div>";
  return html;
}

}  // namespace

std::string RenderHtml(const RunReport& run, const RenderOptions&) {
  // Findings grouped by subject, subjects in the order the engine reports them.
  std::vector<std::string> subjects;
  std::map<std::string, std::vector<size_t>> by_subject;
  for (size_t i = 0; i < run.findings.size(); ++i) {
    const std::string& subject = run.findings[i].subject;
    if (by_subject.find(subject) == by_subject.end()) subjects.push_back(subject);
    by_subject[subject].push_back(i);
  }

  Json data;
  Json documents = Json::array();
  for (const DocumentSummary& document : run.documents) {
    documents.push_back(
        {{"path", document.path},
         {"published", document.published ? Json(FormatIsoDate(*document.published)) : Json()},
         {"role", RoleName(document.role)}});
  }
  data["documents"] = std::move(documents);
  Json findings_data = Json::array();

  std::string findings_html;
  for (const std::string& subject : subjects) {
    std::vector<const Finding*> findings;
    for (size_t i : by_subject[subject]) findings.push_back(&run.findings[i]);
    findings_html +=
        "<section class=\"subject\">\n<h3>" +
        HtmlEscape(subject.empty() ? "(no subject)" : subject) + "<span class=\"count\">" +
        Counted(static_cast<int>(findings.size()), "finding", "findings") + "</span></h3>\n";
    findings_html += SubjectTimelineHtml(run, subject, findings);
    for (size_t i : by_subject[subject]) {
      const Finding& finding = run.findings[i];
      const std::vector<int> document_ids = DocumentsOf(run, finding);
      findings_html += FindingHtml(run, finding, i, document_ids);
      findings_data.push_back({{"id", "finding-" + std::to_string(i + 1)},
                               {"severity", SeverityName(finding.severity)},
                               {"kind", finding.kind},
                               {"rule", finding.rule},
                               {"subject", finding.subject},
                               {"documents", document_ids}});
    }
    findings_html += "</section>\n";
  }
  if (run.findings.empty()) findings_html = "<p class=\"empty\">No findings.</p>\n";
  data["findings"] = std::move(findings_data);

  const std::string_view style = assets::HtmlStyle();
  const std::string_view script = assets::HtmlScript();
  const std::string csp = "default-src 'none'; script-src " + CspHash(script) + "; style-src " +
                          CspHash(style) +
                          "; img-src 'none'; connect-src 'none'; font-src 'none'; "
                          "base-uri 'none'; form-action 'none'";
  const std::string as_of = FormatIsoDate(run.as_of);
  const SeverityCounts counts = CountSeverities(run);
  std::string meta = "as of " + as_of + " \xC2\xB7 " +
                     Counted(static_cast<int>(run.documents.size()), "document", "documents") +
                     " \xC2\xB7 " + run.tool_name;
  if (!run.tool_version.empty()) meta += " " + run.tool_version;

  const std::map<std::string, std::string> values = {
      {"csp", csp},
      {"generator", HtmlEscape(run.tool_name + " " + run.tool_version)},
      {"title", HtmlEscape(run.tool_name + " report \xE2\x80\x94 " +
                           Counted(counts.total(), "finding", "findings") + " as of " + as_of)},
      {"style", std::string(style)},
      {"meta", HtmlEscape(meta)},
      {"summary", SummaryHtml(run)},
      {"findings", findings_html},
      {"data", JsonForHtmlScript(data.dump(-1, ' ', false, Json::error_handler_t::replace))},
      {"script", std::string(script)},
  };
  return FillTemplate(assets::HtmlTemplate(), values);
}

}  // namespace factlint::report
