#include "checker/mentions/lexicon.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_set>

namespace factlint::mentions {

namespace {

// A word list as a hash set: the linker asks these for every word of a
// document, and a linear scan of a hundred words each time showed up.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : set_(std::begin(words), std::end(words)) {}
  bool Contains(std::string_view word) const { return set_.count(word) > 0; }

 private:
  std::unordered_set<std::string_view> set_;
};

// Capitalized words that start sentences and titles but are not names.
constexpr std::string_view kStopwords[] = {
    "A", "About", "According", "After", "Again", "Also", "Although", "An", "And", "Another", "Any",
    "As", "At", "Because", "Before", "Being", "Best", "But", "By", "Check", "Despite", "Directed",
    "During", "Each", "Even", "Every", "Following", "For", "From", "Get", "He", "Her", "Here",
    "His", "How", "However", "I", "If", "In", "Into", "It", "Its", "Just", "Last", "Later", "Like",
    "Many", "Meanwhile", "More", "Most", "Much", "My", "New", "Next", "No", "Not", "Now", "Of",
    "Off", "On", "Once", "One", "Only", "Or", "Our", "Out", "Over", "Per", "Please", "Read",
    "Season", "See", "She", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then",
    "There", "These", "They", "This", "Those", "Though", "Through", "To", "Too", "Try", "Two",
    "Under", "Until", "Up", "Upon", "Watch", "We", "What", "When", "Whenever", "Where", "Whether",
    // Participles that open a sentence as prepositions ("Assuming Rodgers
    // plays, ...", "Including Ana Ruiz, ...").
    "Assuming", "Barring", "Considering", "Concerning", "Excluding", "Given", "Including",
    "Pending", "Regarding",
    // Headline words around a name ("Former Senator Durenberger Dead at 88").
    "Former", "Dead", "Dies", "Longtime", "Veteran", "Legendary", "Beloved", "Which", "While",
    "Who", "Why", "Will", "With", "Without", "Yet", "You", "Your",
    // months and weekdays
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};

constexpr std::string_view kParticles[] = {"al",    "bin", "da",  "das", "de", "del",
                                           "della", "der", "di",  "dos", "du", "la",
                                           "le",    "ter", "van", "von", "y"};

constexpr std::string_view kHonorifics[] = {"Dr",  "Mr",  "Mrs", "Ms",   "Prof", "Sir", "Dame",
                                            "Gov", "Sen", "Rep", "Gen",  "Lt",   "Col", "Capt",
                                            "Sgt", "Rev", "Fr",  "Atty", "Supt", "Insp"};

// Titles written out before a name ("Governor Elena Marsh", "Prime Minister
// …"): not part of the name, so "Elena Marsh" and "Governor Elena Marsh" are
// one person. The second word of a two-word title follows it here.
constexpr std::string_view kTitles[] = {
    "Governor",     "Mayor",      "Senator",    "Representative", "Congressman",   "Congresswoman",
    "President",    "Judge",      "Justice",    "Chancellor",     "Secretary",     "Minister",
    "Commissioner", "Sheriff",    "Coach",      "General",        "Ambassador",    "Councilman",
    "Councilwoman", "Councillor", "Premier",    "Speaker",        "Detective",     "Officer",
    "Chair",        "Chairman",   "Chairwoman", "Superintendent", "Administrator", "Commander",
    "Captain",      "Lieutenant", "Sergeant",   "Prosecutor",     "Leader"};
constexpr std::pair<std::string_view, std::string_view> kTwoWordTitles[] = {
    {"Prime", "Minister"}, {"Vice", "President"}, {"Attorney", "General"},
    {"Chief", "Justice"},  {"State", "Senator"},  {"Police", "Chief"}};

constexpr std::string_view kOrganizationWords[] = {
    "Academy", "Agency", "Association", "Awards", "Bank", "Center", "Centre", "Channel", "City",
    "Club", "College", "Company", "Contest", "Corp", "Corporation", "County", "Department",
    "Entertainment", "Festival", "Films", "Foundation", "Group", "Guide", "Guild", "Hall", "Inc",
    "Industries", "Institute", "Insider", "Journal", "Magazine", "Media", "Network", "News",
    "Orchestra", "Park", "Pictures", "Podcast", "Post", "Press", "Productions", "Records",
    "Reporter", "Review", "School", "Series", "Show", "Street", "Studio", "Studios", "Times",
    "Today", "Tonight", "Tribune", "Union", "University", "Variety", "Weekly", "Week",
    // Teams and offices: "the Artemis Mission Management Team", "the Unified
    // Command" are bodies, and "Artemis II" is not one of their members.
    "Authority", "Bureau", "Command", "Federation", "League", "Office", "Party", "Program",
    "Programme", "Service", "Services", "Society", "Team",
    // Contests by their last word: "Grand Slam", "Super Bowl", "World Cup".
    // Legislatures and other bodies: "the United States Congress".
    "Congress", "Senate", "Parliament", "Council", "Assembly", "Committee", "Commission",
    "Government", "Ministry",
    // Unions: "United Auto Workers", "Teamsters Canada".
    "Workers", "Teamsters", "Machinists", "Brotherhood", "Bowl", "Cup", "Slam", "Championship",
    "Championships", "Olympics", "Marathon", "Derby", "Prix", "Trophy", "Tournament",
    // Companies by their trade: "Rockstar Games", "Ferrow Labs".
    "Games", "Labs", "Software", "Interactive", "Technologies", "Motors", "Airlines", "Systems",
    "Holdings", "Ventures",
    // Buildings, places and public bodies: "Balmoral Castle", "Latah County
    // Courthouse", "Buckingham Palace" are never people.
    "Abbey", "Administration", "Airport", "Arena", "Army", "Board", "Bridge", "Building", "Castle",
    "Cathedral", "Chapel", "Church", "Commission", "Committee", "Council", "Court", "Courthouse",
    "Hospital", "Hotel", "Library", "Ministry", "Museum", "Navy", "Palace", "Police", "Prison",
    "Square", "Stadium", "Station", "Theater", "Theatre", "Tower", "Tunnel"};

// Capitalized words no person's name holds, wherever they stand in a run
// of capitals: wars and eras ("A World War II veteran"), holidays' and
// places' common nouns ("Veterans Day", "the Space Coast"), a headline's
// adjectives ("Fatal Orem Crash"), titles of trade ("Registered Nurse"),
// honours ("the Nobel Peace Prize", "a Presidential Medal of Freedom"),
// events' heads ("a Harbor Pilots Union Strike", "the Camden Folk Festival").
constexpr std::string_view kNeverInPersonNames[] = {
    "War",        "Wars",     "Coast",     "Veterans", "Fatal",     "Deadly", "Registered",
    "Nurse",      "Prize",    "Prizes",    "Medal",    "Trophy",    "Award",  "Awards",
    "Strike",     "Strikes",  "Walkout",   "Lockout",  "Festival",  "Summit", "Olympics",
    "Referendum", "Election", "Elections", "Wildfire", "Earthquake"};

constexpr std::string_view kPlaces[] = {
    "buenos aires",   "hong kong",     "las vegas",    "los angeles",    "new delhi",
    "new jersey",     "new mexico",    "new orleans",  "new york",       "new zealand",
    "north carolina", "puerto rico",   "rhode island", "salt lake city", "san diego",
    "san francisco",  "santa monica",  "south africa", "south carolina", "south korea",
    "united kingdom", "united states", "west virginia"};

constexpr std::string_view kDescriptors[] = {
    "actor",      "actress",   "alum",     "alumna",   "alumnus",   "anchor",    "artist",
    "author",     "cofounder", "comedian", "creator",  "director",  "executive", "filmmaker",
    "founder",    "host",      "musician", "newcomer", "performer", "producer",  "rapper",
    "showrunner", "singer",    "star",     "veteran",  "writer",    "year-old"};

constexpr std::string_view kPronouns[] = {"he",   "she",  "they",  "him", "her", "his",
                                          "hers", "them", "their", "it",  "its", "i",
                                          "we",   "you",  "who",   "whom"};

// Whether `word` is in `kList`: its hash set is built the first time the
// list is asked, and kept.
template <const auto& kList>
bool InList(std::string_view word) {
  static const WordSet set(kList);
  return set.Contains(word);
}

}  // namespace

bool IsNameStopword(std::string_view word) {
  return InList<kStopwords>(word);
}
bool IsNameParticle(std::string_view word) {
  return InList<kParticles>(word);
}
bool IsHonorific(std::string_view word) {
  // Asked for every word: most are too long or short to be one, and seven
  // comparisons cost less than hashing.
  if (word.size() < 2 || word.size() > 4) return false;
  return std::find(std::begin(kHonorifics), std::end(kHonorifics), word) != std::end(kHonorifics);
}
size_t TitleWords(std::string_view first, std::string_view second) {
  for (const auto& [a, b] : kTwoWordTitles)
    if (first == a && second == b) return 2;
  return std::find(std::begin(kTitles), std::end(kTitles), first) != std::end(kTitles) ? 1 : 0;
}
bool IsOrganizationWord(std::string_view word) {
  return InList<kOrganizationWords>(word);
}
bool IsNeverInPersonName(std::string_view word) {
  return InList<kNeverInPersonNames>(word);
}
bool IsPlaceName(std::string_view folded_name) {
  return InList<kPlaces>(folded_name);
}
bool IsPronoun(std::string_view lowercase_word) {
  return InList<kPronouns>(lowercase_word);
}

bool IsPersonDescriptor(std::string_view w) {
  if (InList<kDescriptors>(w)) return true;
  // "50-year-old" is a word of its own after tokenizing.
  return w.size() > 9 && w.substr(w.size() - 9) == "-year-old";
}

bool IsEventNoun(std::string_view word) {
  static const std::set<std::string_view> kNouns = {
      "strike",    "lockout",   "walkout",   "fire",       "fires",     "wildfire",
      "wildfires", "blaze",     "crash",     "collapse",   "explosion", "earthquake",
      "flood",     "flooding",  "shooting",  "derailment", "spill",     "outbreak",
      "sinking",   "implosion", "capsizing", "mission",    "expedition"};
  return kNouns.count(word) > 0;
}

}  // namespace factlint::mentions
