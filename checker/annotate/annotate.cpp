#include "checker/annotate/annotate.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace factlint::annotate {
namespace {

// The words that join the two ends of a range: "July 23 to August 8",
// "between July 23 and August 8", "May 5-9", "1956 – 1974".
constexpr char kRangeJoint[] = "(?:\\bto\\b|\\band\\b|\\bthrough\\b|\\buntil\\b|-|\xE2\x80\x93)";

bool IsDated(normalize::Kind kind) {
  return kind == normalize::Kind::kDate || kind == normalize::Kind::kInterval;
}

bool WritesAYear(std::string_view text) {
  static const RE2 kYear("\\b[0-9]{4}\\b");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kYear);
}

// Whether `value` stands alone in brackets that open right after `end`:
// "autumn 2023 (March-June)".
bool RestatesInBrackets(std::string_view text, size_t end, const normalize::Value& value) {
  if (value.begin < end) return false;
  const std::string_view opening = text.substr(end, value.begin - end);
  const size_t close = value.end;
  return (opening == " (" || opening == "(") && close < text.size() && text[close] == ')';
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Words that open a new clause after a comma: a value on the far side of
// one belongs to another predicate ("retired in 2007, but returned in 2009").
bool OpensClause(std::string_view word) {
  // Not "after", "before" or "since": they open a phrase more often than a
  // clause ("On Sunday, after a long illness, she died").
  static const std::string_view kOpeners[] = {
      "but", "while", "and", "which", "who", "where", "when", "although", "though", "whereas",
      "whose", "whom",
      // "a two-season order in 2017, despite the series still waiting to
      // stream": what follows has its own predicate and its own dates.
      "despite", "because", "unless"};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kOpeners), std::end(kOpeners), lower) != std::end(kOpeners);
}

}  // namespace

SentenceAnnotations::SentenceAnnotations(const Document& doc, const Sentence& sentence,
                                         const Date& judged)
    : doc_(&doc), sentence_(sentence.span) {
  const std::string_view text = doc.Text(sentence.span);
  // Most sentences hold no value at all; one cheap pass for the words every
  // value needs (a digit, a month or weekday, a number word, a unit of
  // time, a holiday) spares them the normalizer's full scan.
  static const RE2 kMayHoldValue(
      "\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
      "today|tonight|tomorrow|yesterday|one|two|three|four|five|six|seven|eight|nine|ten|"
      "eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
      "thousand|million|billion|dozen|couple|half|decade|centur|year|month|week|day|hour|"
      "minute|spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|eve|noon|"
      "midnight|first|second|third|fourth|fifth|last|next|ago|later|earlier|age)");
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kMayHoldValue)) return;
  normalize::Context context;
  context.ref = judged;
  // The value found before, as the normalizer wrote it (before its ends
  // were split off).
  struct Previous {
    bool dated = false;
    size_t end = 0;  // in `text`
    std::string text;
  } previous;
  for (const normalize::Value& value : normalize::FindAll(text, context)) {
    // "June Vance, 82", "April Ross": a month alone before a capitalized
    // word is a first name, not a date.
    static const RE2 kMonthAlone(
        "(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December)");
    if (RE2::FullMatch(re2::StringPiece(value.text), kMonthAlone) && value.end + 1 < text.size() &&
        text[value.end] == ' ' && std::isupper(static_cast<unsigned char>(text[value.end + 1])))
      continue;
    // "the victim's mother June released a statement": after a word for a
    // relative, a month alone is her name.
    static const RE2 kRelativeBefore(
        "(?i)\\b(?:mother|father|wife|husband|daughter|son|sister|brother|aunt|uncle|"
        "grandmother|grandfather|widow|widower|partner|girlfriend|boyfriend|fiancee?|niece|"
        "nephew|cousin|mum|mom|stepmother|stepdaughter)[ ]+$");
    if (RE2::FullMatch(re2::StringPiece(value.text), kMonthAlone) &&
        RE2::PartialMatch(re2::StringPiece(text.data(), value.begin), kRelativeBefore))
      continue;
    const uint32_t base = sentence.span.begin + static_cast<uint32_t>(value.begin);
    // "delayed until autumn 2023 (March-June)": a date in brackets right
    // after a date that writes its year restates it, and its own year,
    // left out, is not this one. ("Friday (Nov. 3)", "tomorrow (March
    // 15)" give the day more exactly: both stay.)
    const bool dated = IsDated(value.kind);
    if (dated && previous.dated && RestatesInBrackets(text, previous.end, value) &&
        WritesAYear(previous.text) && !WritesAYear(value.text))
      continue;
    previous = {dated, value.end, value.text};
    if (value.kind == normalize::Kind::kInterval &&
        AddEndpoints(value.text, base, context, values_))
      continue;
    ValueSpan found;
    found.span = Span{base, base + static_cast<uint32_t>(value.text.size())};
    found.kind = value.kind;
    found.number = value.amount.min;
    values_.push_back(found);
  }
  MarkRangeEnds();
}

void SentenceAnnotations::MarkRangeEnds() {
  static const RE2 kJoint(std::string("[ ]*") + kRangeJoint + "[ ]*");
  constexpr uint32_t kMaxGap = 16;  // bytes: "  through  " and a little more
  for (size_t i = 0; i + 1 < values_.size(); ++i) {
    ValueSpan& first = values_[i];
    ValueSpan& second = values_[i + 1];
    if (!IsDated(first.kind) || !IsDated(second.kind) || first.range_end != RangeEnd::kNone ||
        second.span.begin > first.span.end + kMaxGap)
      continue;
    const std::string_view gap = doc_->Text(Span{first.span.end, second.span.begin});
    if (!RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kJoint)) continue;
    first.range_end = RangeEnd::kOpening;
    second.range_end = RangeEnd::kClosing;
  }
}

const ValueSpan* SentenceAnnotations::EndingAt(uint32_t end) const {
  for (const ValueSpan& value : values_)
    if (value.span.end == end) return &value;
  return nullptr;
}

const ValueSpan* SentenceAnnotations::OtherEnd(const ValueSpan& value) const {
  const auto index = static_cast<size_t>(&value - values_.data());
  if (value.range_end == RangeEnd::kOpening && index + 1 < values_.size())
    return &values_[index + 1];
  if (value.range_end == RangeEnd::kClosing && index > 0) return &values_[index - 1];
  return nullptr;
}

bool SentenceAnnotations::AddEndpoints(std::string_view text, uint32_t base,
                                       const normalize::Context& context,
                                       std::vector<ValueSpan>& out) {
  auto offset = [&](const re2::StringPiece& part) {
    return base + static_cast<uint32_t>(part.data() - text.data());
  };
  auto date = [&](const re2::StringPiece& part, const normalize::Context& at) {
    return normalize::Parse(std::string_view(part.data(), part.size()), normalize::Kind::kInterval,
                            at);
  };
  const re2::StringPiece whole(text.data(), text.size());
  // "since February 2023", "through Jan. 8": the date named.
  static const RE2 kOneSided("(?i:since|until|till|through|thru)[ ]+(.+)");
  re2::StringPiece named;
  if (RE2::FullMatch(whole, kOneSided, &named)) {
    if (!date(named, context)) return false;
    out.push_back(
        ValueSpan{Span{offset(named), offset(named) + static_cast<uint32_t>(named.size())},
                  normalize::Kind::kDate, 0});
    return true;
  }
  // "from 1956 to 1974", "Nov. 27 to Nov. 29": both ends. The first end
  // takes its year from the second ("from October 20 to November 17, 2023").
  static const RE2 kTwoSided(std::string("(?i:from[ ]+|between[ ]+)?(.+?)[ ]*") + kRangeJoint +
                             "[ ]*(.+)");
  re2::StringPiece first, second;
  if (!RE2::FullMatch(whole, kTwoSided, &first, &second)) return false;
  const std::optional<normalize::Value> end = date(second, context);
  if (!end) return false;
  normalize::Context before_end = context;
  before_end.ref = end->range.to;
  before_end.tense = Tense::kPast;
  before_end.prefer = normalize::Prefer::kPast;
  if (!date(first, before_end)) return false;
  out.push_back(ValueSpan{Span{offset(first), offset(first) + static_cast<uint32_t>(first.size())},
                          normalize::Kind::kDate, 0});
  out.push_back(
      ValueSpan{Span{offset(second), offset(second) + static_cast<uint32_t>(second.size())},
                normalize::Kind::kDate, 0});
  return true;
}

int SentenceAnnotations::WordsBetween(const Span& a, const Span& b) const {
  const Span& first = a.begin <= b.begin ? a : b;
  const Span& second = a.begin <= b.begin ? b : a;
  if (second.begin <= first.end) return 0;
  const std::string_view gap = doc_->Text(Span{first.end, second.begin});
  // A word is a run of non-space bytes with a letter or digit in it: a
  // lone comma or dash is not one. Bytes >= 0x80 (letters outside ASCII)
  // count as letters.
  int words = 0;
  bool in_word = false, counted = false;
  for (char c : gap) {
    if (IsSpace(c)) {
      in_word = false;
      continue;
    }
    if (!in_word) counted = false;
    in_word = true;
    const auto u = static_cast<unsigned char>(c);
    if (!counted && (std::isalnum(u) || u >= 0x80)) {
      ++words;
      counted = true;
    }
  }
  return words;
}

bool SentenceAnnotations::PredicateBetween(const Span& a, const Span& b) const {
  const Span& first = a.begin <= b.begin ? a : b;
  const Span& second = a.begin <= b.begin ? b : a;
  if (second.begin <= first.end) return false;
  const std::string_view gap = doc_->Text(Span{first.end, second.begin});
  // Auxiliaries and verbs of saying: what follows them is another
  // predicate's ("born in Georgia, Carter was elected in 1976").
  // A second verb joined by "and" is another predicate too: in "was
  // recovered Sunday and positively identified Monday" Monday is when it
  // was identified.
  static const RE2 kPredicate(
      "(?i)\\b(?:is|are|was|were|has|have|had|will|would|be|been|said|says|told|announced|"
      "added|confirmed|reported|and[ ]+(?:[a-z]+ly[ ]+)?[a-z]{3,}ed)\\b");
  return RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), kPredicate);
}

bool SentenceAnnotations::ClauseBreakBetween(const Span& a, const Span& b) const {
  const Span& first = a.begin <= b.begin ? a : b;
  const Span& second = a.begin <= b.begin ? b : a;
  if (second.begin <= first.end) return false;
  const std::string_view gap = doc_->Text(Span{first.end, second.begin});
  if (gap.find(';') != std::string_view::npos || gap.find("—") != std::string_view::npos ||
      gap.find(" – ") != std::string_view::npos || gap.find(" - ") != std::string_view::npos)
    return true;
  for (size_t comma = gap.find(','); comma != std::string_view::npos;
       comma = gap.find(',', comma + 1)) {
    size_t begin = comma + 1;
    while (begin < gap.size() && IsSpace(gap[begin])) ++begin;
    size_t end = begin;
    while (end < gap.size() && std::isalpha(static_cast<unsigned char>(gap[end]))) ++end;
    if (end > begin && OpensClause(gap.substr(begin, end - begin))) return true;
    // ", saying that Ms. Okafor died": what is reported is a clause of its
    // own, with its own date; "on Friday" before it is the saying's.
    static const RE2 kReportsThat("(?i)^[a-z]+ing[ ]+that\\b");
    if (RE2::PartialMatch(re2::StringPiece(gap.data() + begin, gap.size() - begin), kReportsThat))
      return true;
  }
  // "The bridge, which dates back to 1798, will be closed": the comma after
  // the earlier span closes the relative clause it is in.
  if (gap.find(',') != std::string_view::npos) {
    const uint32_t clause = ClauseStart(first.begin);
    std::string_view opener = doc_->Text(Span{clause, first.begin});
    while (!opener.empty() && IsSpace(opener.front())) opener.remove_prefix(1);
    static const RE2 kRelative("(?i)^(?:which|who|whom|whose)\\b");
    if (RE2::PartialMatch(re2::StringPiece(opener.data(), opener.size()), kRelative)) return true;
  }
  return false;
}

uint32_t SentenceAnnotations::ClauseStart(uint32_t offset) const {
  const uint32_t end = std::min(std::max(offset, sentence_.begin), sentence_.end);
  const std::string_view text = doc_->Text(Span{sentence_.begin, end});
  // Walk back to the nearest boundary: ';', '(', a dash, or a comma before
  // a word that opens a clause.
  for (size_t i = text.size(); i-- > 0;) {
    const char c = text[i];
    bool boundary = c == ';' || c == '(';
    if (c == ',') {
      size_t begin = i + 1;
      while (begin < text.size() && IsSpace(text[begin])) ++begin;
      size_t word_end = begin;
      while (word_end < text.size() && std::isalpha(static_cast<unsigned char>(text[word_end])))
        ++word_end;
      boundary = word_end > begin && OpensClause(text.substr(begin, word_end - begin));
    }
    if (i >= 2 && text.substr(i - 2, 3) == "—") boundary = true;
    if (boundary) return sentence_.begin + static_cast<uint32_t>(i + 1);
  }
  return sentence_.begin;
}

bool SentenceAnnotations::RelativeClauseAfter(uint32_t offset) const {
  if (offset < sentence_.begin || offset > sentence_.end) return false;
  const std::string_view rest = doc_->Text(Span{offset, sentence_.end});
  static const RE2 kRelative("^(?:['’]s?)?(?:,[ ]*\\d{1,3},)?[ ]*,?[ ]*(?i:who|whose)\\b");
  return RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kRelative);
}

}  // namespace factlint::annotate
