#include "reference_sources.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "common/partial_date.h"
#include "reference/import.h"

namespace factcheck::bench {
namespace {

namespace fs = std::filesystem;
using Row = std::unordered_map<std::string, std::string>;

// Reads a CSV file into rows keyed by the header's names; columns with an
// empty name and blank lines are left out.
std::vector<Row> ReadCsv(const fs::path& path) {
  const std::vector<std::vector<std::string>> records = reference::ReadCsv(path.string());
  std::vector<Row> rows;
  if (records.empty()) return rows;
  const auto& header = records.front();
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() == 1 && records[r][0].empty()) continue;
    Row row;
    for (std::size_t c = 0; c < header.size() && c < records[r].size(); ++c) {
      if (!header[c].empty()) row[header[c]] = records[r][c];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string Get(const Row& row, const std::string& key) {
  auto it = row.find(key);
  return it == row.end() ? std::string() : it->second;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(0, 1);
  return s;
}

std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string List(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + Quoted(items[i]);
  return out + "]";
}

struct OfficeSpec {
  std::string id;
  std::string title;
  std::vector<std::string> aliases;
  std::string jurisdiction;
  std::vector<std::string> adjectives;
};

struct Term {
  std::string person;  // The person's one name in the file.
  std::string from;    // YYYY-MM-DD or YYYY-MM.
  std::string to;      // Empty: open.
};

// Collects offices, terms and people, and writes a reference file whose
// terms neither overlap nor repeat: a person's touching terms in an office
// merge, and a term ends where the next holder's begins.
class ReferenceWriter {
 public:
  void AddOffice(OfficeSpec office) {
    if (!offices_.count(office.id)) order_.push_back(office.id);
    offices_[office.id] = std::move(office);
  }
  void AddTerm(const std::string& office, Term term) { terms_[office].push_back(std::move(term)); }
  void AddAlias(const std::string& person, const std::string& alias) {
    auto& aliases = aliases_[person];
    if (alias != person && std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
      aliases.push_back(alias);
    }
  }
  void SetSurname(const std::string& person, const std::string& surname) {
    surnames_[person] = surname;
  }

  // Returns the number of terms written.
  int Write(const fs::path& path, const std::string& header) {
    std::ofstream out(path);
    out << header << "offices:\n";
    int written = 0;
    for (const auto& id : order_) {
      const OfficeSpec& office = offices_[id];
      auto terms = Tidy(terms_[id]);
      out << "  - id: " << id << "\n    title: " << Quoted(office.title)
          << "\n    aliases: " << List(office.aliases)
          << "\n    jurisdiction: " << Quoted(office.jurisdiction)
          << "\n    adjectives: " << List(office.adjectives) << "\n    holders:\n";
      for (const Term& t : terms) {
        out << "      - {name: " << Quoted(t.person) << ", from: " << t.from;
        if (!t.to.empty()) out << ", to: " << t.to;
        out << "}\n";
        ++written;
      }
    }
    out << "people:\n";
    std::map<std::string, bool> people;
    for (const auto& [name, _] : aliases_) people[name] = true;
    for (const auto& [name, _] : surnames_) people[name] = true;
    for (const auto& [name, _] : people) {
      out << "  - {name: " << Quoted(name);
      if (auto it = aliases_.find(name); it != aliases_.end() && !it->second.empty()) {
        out << ", aliases: " << List(it->second);
      }
      if (auto it = surnames_.find(name); it != surnames_.end()) {
        out << ", surname: " << Quoted(it->second);
      }
      out << "}\n";
    }
    return written;
  }

 private:
  static Days First(const std::string& date) { return ParsePartialDate(date)->first; }
  static Days Last(const std::string& date) { return ParsePartialDate(date)->last; }

  static std::vector<Term> Tidy(std::vector<Term> terms) {
    std::erase_if(terms, [](const Term& t) {
      return !ParsePartialDate(t.from) || (!t.to.empty() && !ParsePartialDate(t.to)) ||
             (!t.to.empty() && Last(t.to) < First(t.from));
    });
    std::stable_sort(terms.begin(), terms.end(),
                     [](const Term& a, const Term& b) { return First(a.from) < First(b.from); });
    std::vector<Term> kept;
    for (Term& term : terms) {
      // The same person again, touching or overlapping: one term.
      auto same = std::find_if(kept.rbegin(), kept.rend(), [&](const Term& k) {
        return k.person == term.person &&
               (k.to.empty() || First(term.from) <= Last(k.to) + std::chrono::days{1});
      });
      if (same != kept.rend()) {
        if (!same->to.empty() && (term.to.empty() || Last(term.to) > Last(same->to))) {
          same->to = term.to;
        }
        continue;
      }
      // Another holder still in office: that term ends here.
      for (Term& k : kept) {
        if (k.to.empty() || First(term.from) < First(k.to)) k.to = term.from;
      }
      std::erase_if(kept, [](const Term& k) { return Last(k.to) < First(k.from); });
      kept.push_back(std::move(term));
    }
    return kept;
  }

  std::vector<std::string> order_;
  std::map<std::string, OfficeSpec> offices_;
  std::map<std::string, std::vector<Term>> terms_;
  std::map<std::string, std::vector<std::string>> aliases_;
  std::map<std::string, std::string> surnames_;
};

const std::vector<std::string> kUk = {"British", "UK", "U.K.", "Britain"};
const std::vector<std::string> kUs = {"US", "U.S.", "American", "United States"};

// --- United Kingdom: the Institute for Government's ministers database.

struct UkPost {
  const char* post;
  const char* office;
};

// IfG post names (any department) -> offices.
const UkPost kUkPosts[] = {
    {"Prime Minister", "uk.prime-minister"},
    {"Chancellor of the Exchequer", "uk.chancellor-of-the-exchequer"},
    {"Secretary of State for Foreign and Commonwealth Affairs", "uk.foreign-secretary"},
    {"Secretary of State for Foreign, Commonwealth and Development Affairs",
     "uk.foreign-secretary"},
    {"Secretary of State for the Home Department", "uk.home-secretary"},
    {"Secretary of State for Defence", "uk.defence-secretary"},
    {"Deputy Prime Minister", "uk.deputy-prime-minister"},
    {"First Secretary of State", "uk.first-secretary-of-state"},
    {"Secretary of State for Trade and Industry", "uk.trade-and-industry-secretary"},
    {"Secretary of State for Trade", "uk.trade-secretary"},
    {"Secretary of State for International Trade", "uk.trade-secretary"},
    {"Secretary of State for Industry", "uk.industry-secretary"},
    {"Secretary of State for Business, Enterprise and Regulatory Reform", "uk.business-secretary"},
    {"Secretary of State for Business, Innovation and Skills", "uk.business-secretary"},
    {"Secretary of State for Business, Energy and Industrial Strategy", "uk.business-secretary"},
    {"Secretary of State for Business and Trade", "uk.business-secretary"},
    {"Secretary of State for Health", "uk.health-secretary"},
    {"Secretary of State for Health and Social Care", "uk.health-secretary"},
    {"Secretary of State for Social Services", "uk.social-services-secretary"},
    {"Secretary of State for Social Security", "uk.social-security-secretary"},
    {"Secretary of State for Work and Pensions", "uk.work-and-pensions-secretary"},
    {"Secretary of State for Employment", "uk.employment-secretary"},
    {"Secretary of State for Education and Science", "uk.education-secretary"},
    {"Secretary of State for Education", "uk.education-secretary"},
    {"Secretary of State for Education and Employment", "uk.education-secretary"},
    {"Secretary of State for Education and Skills", "uk.education-secretary"},
    {"Secretary of State for Children, Schools and Families", "uk.education-secretary"},
    {"Secretary of State for the Environment", "uk.environment-secretary"},
    {"Secretary of State for the Environment, Transport and the Regions",
     "uk.environment-secretary"},
    {"Secretary of State for Environment, Food and Rural Affairs", "uk.environment-secretary"},
    {"Secretary of State for Transport", "uk.transport-secretary"},
    {"Minister of Transport", "uk.transport-secretary"},
    {"Secretary of State for Transport, Local Government and the Regions",
     "uk.transport-secretary"},
    {"Secretary of State for National Heritage", "uk.culture-secretary"},
    {"Secretary of State for Culture, Media and Sport", "uk.culture-secretary"},
    {"Secretary of State for Culture, Olympics, Media and Sport", "uk.culture-secretary"},
    {"Secretary of State for Digital, Culture, Media and Sport", "uk.culture-secretary"},
    {"Secretary of State for Northern Ireland", "uk.northern-ireland-secretary"},
    {"Secretary of State for Scotland", "uk.scottish-secretary"},
    {"Secretary of State for Wales", "uk.welsh-secretary"},
    {"Secretary of State for Energy", "uk.energy-secretary"},
    {"Secretary of State for Energy and Climate Change", "uk.energy-secretary"},
    {"Secretary of State for Energy Security and Net Zero", "uk.energy-secretary"},
    {"Minister of Agriculture, Fisheries and Food", "uk.agriculture-minister"},
    {"Secretary of State for International Development", "uk.development-secretary"},
    {"Lord Chancellor", "uk.lord-chancellor"},
    {"Secretary of State for Constitutional Affairs and Lord Chancellor", "uk.lord-chancellor"},
    {"Secretary of State for Justice and Lord Chancellor", "uk.lord-chancellor"},
    {"Chief Secretary to the Treasury", "uk.chief-secretary-to-the-treasury"},
    {"Chancellor of the Duchy of Lancaster", "uk.chancellor-of-the-duchy-of-lancaster"},
    {"Secretary of State for Local Government and the Regions", "uk.communities-secretary"},
    {"Secretary of State for Communities and Local Government", "uk.communities-secretary"},
    {"Secretary of State for Housing, Communities and Local Government",
     "uk.communities-secretary"},
    {"Secretary of State for Levelling Up, Housing and Communities", "uk.communities-secretary"},
    {"Attorney General", "uk.attorney-general"},
    {"Secretary of State for Exiting the European Union", "uk.brexit-secretary"},
};

const std::vector<OfficeSpec> kUkOffices = {
    {"uk.prime-minister", "Prime Minister", {"premier"}, "United Kingdom", kUk},
    {"uk.chancellor-of-the-exchequer",
     "Chancellor of the Exchequer",
     {"Chancellor", "Finance Minister", "Exchequer chief"},
     "United Kingdom",
     kUk},
    {"uk.foreign-secretary", "Foreign Secretary", {"Foreign Minister"}, "United Kingdom", kUk},
    {"uk.home-secretary", "Home Secretary", {"Interior Minister"}, "United Kingdom", kUk},
    {"uk.defence-secretary",
     "Defence Secretary",
     {"Defense Secretary", "Defence Minister", "Defense Minister"},
     "United Kingdom",
     kUk},
    {"uk.deputy-prime-minister", "Deputy Prime Minister", {}, "United Kingdom", kUk},
    {"uk.first-secretary-of-state", "First Secretary of State", {}, "United Kingdom", kUk},
    {"uk.trade-and-industry-secretary",
     "Trade and Industry Secretary",
     {"Trade Secretary", "Industry Secretary"},
     "United Kingdom",
     kUk},
    {"uk.trade-secretary",
     "Trade Secretary",
     {"International Trade Secretary"},
     "United Kingdom",
     kUk},
    {"uk.industry-secretary", "Industry Secretary", {}, "United Kingdom", kUk},
    {"uk.business-secretary", "Business Secretary", {}, "United Kingdom", kUk},
    {"uk.health-secretary",
     "Health Secretary",
     {"Health and Social Care Secretary"},
     "United Kingdom",
     kUk},
    {"uk.social-services-secretary", "Social Services Secretary", {}, "United Kingdom", kUk},
    {"uk.social-security-secretary", "Social Security Secretary", {}, "United Kingdom", kUk},
    {"uk.work-and-pensions-secretary",
     "Work and Pensions Secretary",
     {"Pensions Secretary"},
     "United Kingdom",
     kUk},
    {"uk.employment-secretary", "Employment Secretary", {}, "United Kingdom", kUk},
    {"uk.education-secretary", "Education Secretary", {}, "United Kingdom", kUk},
    {"uk.environment-secretary", "Environment Secretary", {}, "United Kingdom", kUk},
    {"uk.transport-secretary", "Transport Secretary", {}, "United Kingdom", kUk},
    {"uk.culture-secretary",
     "Culture Secretary",
     {"Heritage Secretary", "Culture Minister"},
     "United Kingdom",
     kUk},
    {"uk.northern-ireland-secretary",
     "Northern Ireland Secretary",
     {"Ulster Secretary"},
     "United Kingdom",
     kUk},
    {"uk.scottish-secretary", "Scottish Secretary", {"Scotland Secretary"}, "United Kingdom", kUk},
    {"uk.welsh-secretary", "Welsh Secretary", {"Wales Secretary"}, "United Kingdom", kUk},
    {"uk.energy-secretary", "Energy Secretary", {}, "United Kingdom", kUk},
    {"uk.agriculture-minister",
     "Agriculture Minister",
     {"Minister of Agriculture"},
     "United Kingdom",
     kUk},
    {"uk.development-secretary",
     "International Development Secretary",
     {"Development Secretary"},
     "United Kingdom",
     kUk},
    {"uk.lord-chancellor", "Lord Chancellor", {"Justice Secretary"}, "United Kingdom", kUk},
    {"uk.chief-secretary-to-the-treasury",
     "Chief Secretary to the Treasury",
     {},
     "United Kingdom",
     kUk},
    {"uk.chancellor-of-the-duchy-of-lancaster",
     "Chancellor of the Duchy of Lancaster",
     {},
     "United Kingdom",
     kUk},
    {"uk.communities-secretary",
     "Communities Secretary",
     {"Housing Secretary", "Local Government Secretary", "Levelling Up Secretary"},
     "United Kingdom",
     kUk},
    {"uk.attorney-general", "Attorney General", {}, "United Kingdom", kUk},
    {"uk.brexit-secretary", "Brexit Secretary", {}, "United Kingdom", kUk},
};

struct DatedName {
  std::string name;
  std::string start;  // Empty: unbounded.
  std::string end;
};

// The name a person had on `day` (rows are dated; an undated row fits any
// day when no dated one does).
std::string NameOn(const std::vector<DatedName>& names, const std::string& day) {
  const DatedName* undated = nullptr;
  for (const DatedName& n : names) {
    if (n.start.empty() && n.end.empty()) {
      undated = &n;
      continue;
    }
    if ((n.start.empty() || n.start <= day) && (n.end.empty() || day < n.end)) return n.name;
  }
  if (undated) return undated->name;
  return names.empty() ? std::string() : names.front().name;
}

std::string BuildUk(const fs::path& ifg, ReferenceWriter* out) {
  std::unordered_map<std::string, std::vector<DatedName>> names;
  std::unordered_map<std::string, std::string> short_names;
  for (const Row& row : ReadCsv(ifg / "person.csv")) {
    names[Get(row, "id")].push_back(
        {Get(row, "name"), Get(row, "start_date"), Get(row, "end_date")});
    short_names[Get(row, "id")] = Get(row, "short_name");
  }
  std::unordered_map<std::string, std::string> office_of_post;
  for (const Row& row : ReadCsv(ifg / "post.csv")) {
    for (const UkPost& post : kUkPosts) {
      if (Get(row, "name") == post.post) office_of_post[Get(row, "id")] = post.office;
    }
  }
  // Appointments whose every characteristics row is an acting one stand in
  // for someone on leave: left out.
  std::unordered_map<std::string, std::pair<int, int>> acting;  // acting rows, all rows
  for (const Row& row : ReadCsv(ifg / "appointment_characteristics.csv")) {
    auto& count = acting[Get(row, "appointment_id")];
    count.second += 1;
    if (Get(row, "is_acting") == "True") count.first += 1;
  }
  for (const OfficeSpec& office : kUkOffices) out->AddOffice(office);
  // One name per person (the one at the first appointment); the others are
  // aliases ("Lord Howe of Aberavon" for "Geoffrey Howe").
  std::vector<Row> appointments = ReadCsv(ifg / "appointment.csv");
  std::stable_sort(appointments.begin(), appointments.end(), [](const Row& a, const Row& b) {
    return Get(a, "start_date") < Get(b, "start_date");
  });
  std::unordered_map<std::string, std::string> canonical;
  int kept = 0, skipped = 0;
  for (const Row& row : appointments) {
    auto office = office_of_post.find(Get(row, "post_id"));
    if (office == office_of_post.end()) continue;
    const auto count = acting[Get(row, "id")];
    if (count.second > 0 && count.first == count.second) {
      ++skipped;
      continue;
    }
    const std::string person = Get(row, "person_id");
    const std::string start = Get(row, "start_date");
    auto [it, first] = canonical.try_emplace(person, NameOn(names[person], start));
    if (first) {
      for (const DatedName& n : names[person]) out->AddAlias(it->second, n.name);
      out->SetSurname(it->second, short_names[person]);
    }
    out->AddTerm(office->second, {it->second, start, Get(row, "end_date")});
    ++kept;
  }
  return "IfG: " + std::to_string(kept) + " appointments to " + std::to_string(kUkOffices.size()) +
         " offices, " + std::to_string(skipped) + " acting ones left out";
}

// --- United States: presidents and vice presidents, and the cabinet.

std::string Initials(const std::string& middle) {
  std::string out;
  std::istringstream words(middle);
  for (std::string w; words >> w;) out += (out.empty() ? "" : " ") + w.substr(0, 1) + ".";
  return out;
}

std::string BuildUsExecutive(const fs::path& file, const std::string& today, ReferenceWriter* out) {
  const YAML::Node people = YAML::LoadFile(file.string());
  out->AddOffice({"us.president", "President", {}, "United States", kUs});
  out->AddOffice({"us.vice-president", "Vice President", {"Vice-President"}, "United States", kUs});
  std::map<std::string, int> first_last;  // Two George Bushes need their initials.
  for (const auto& p : people) {
    ++first_last[p["name"]["first"].as<std::string>() + " " + p["name"]["last"].as<std::string>()];
  }
  int terms = 0;
  for (const auto& p : people) {
    const auto& n = p["name"];
    const std::string first = n["first"].as<std::string>(), last = n["last"].as<std::string>();
    const std::string middle = n["middle"] ? n["middle"].as<std::string>() : "";
    const std::string given = n["nickname"] ? n["nickname"].as<std::string>() : first;
    std::string name = given + " " + last;
    if (first_last[first + " " + last] > 1 && !middle.empty()) {
      name = first + " " + Initials(middle) + " " + last;
    }
    if (!middle.empty()) out->AddAlias(name, first + " " + Initials(middle) + " " + last);
    if (given != first) out->AddAlias(name, first + " " + last);
    if (n["official_full"]) out->AddAlias(name, n["official_full"].as<std::string>());
    for (const auto& t : p["terms"]) {
      const std::string type = t["type"].as<std::string>();
      std::string end = t["end"].as<std::string>();
      if (end > today) end.clear();  // A term that ends in the future is open.
      out->AddTerm(type == "prez" ? "us.president" : "us.vice-president",
                   {name, t["start"].as<std::string>(), end});
      ++terms;
    }
  }
  return "executive.yaml: " + std::to_string(terms) + " terms";
}

struct UsPosition {
  const char* position;
  OfficeSpec office;
};

const std::vector<UsPosition>& UsPositions() {
  static const std::vector<UsPosition> positions = {
      {"Secretary of State",
       {"us.secretary-of-state", "Secretary of State", {"State Secretary"}, "United States", kUs}},
      {"Secretary of the Treasury",
       {"us.secretary-of-the-treasury",
        "Treasury Secretary",
        {"Secretary of the Treasury"},
        "United States",
        kUs}},
      {"Secretary of Defense",
       {"us.secretary-of-defense",
        "Defense Secretary",
        {"Secretary of Defense", "Defence Secretary", "Pentagon chief"},
        "United States",
        kUs}},
      {"Attorney General", {"us.attorney-general", "Attorney General", {}, "United States", kUs}},
      {"Secretary of Agriculture",
       {"us.secretary-of-agriculture",
        "Agriculture Secretary",
        {"Secretary of Agriculture"},
        "United States",
        kUs}},
      {"Secretary of Commerce",
       {"us.secretary-of-commerce",
        "Commerce Secretary",
        {"Secretary of Commerce"},
        "United States",
        kUs}},
      {"Secretary of Labor",
       {"us.secretary-of-labor",
        "Labor Secretary",
        {"Secretary of Labor", "Labour Secretary"},
        "United States",
        kUs}},
      {"Secretary of the Interior",
       {"us.secretary-of-the-interior",
        "Interior Secretary",
        {"Secretary of the Interior"},
        "United States",
        kUs}},
      {"Secretary of Energy",
       {"us.secretary-of-energy",
        "Energy Secretary",
        {"Secretary of Energy"},
        "United States",
        kUs}},
      {"Secretary of Transportation",
       {"us.secretary-of-transportation",
        "Transportation Secretary",
        {"Secretary of Transportation"},
        "United States",
        kUs}},
      {"Secretary of Education",
       {"us.secretary-of-education",
        "Education Secretary",
        {"Secretary of Education"},
        "United States",
        kUs}},
      {"Secretary of Housing & Urban Development",
       {"us.secretary-of-housing",
        "Housing Secretary",
        {"Housing and Urban Development Secretary"},
        "United States",
        kUs}},
      {"Secretary of Health & Human Services",
       {"us.secretary-of-health",
        "Health and Human Services Secretary",
        {"Health Secretary", "HHS Secretary"},
        "United States",
        kUs}},
      {"Secretary of Veterans Affairs",
       {"us.secretary-of-veterans-affairs",
        "Veterans Affairs Secretary",
        {},
        "United States",
        kUs}},
      {"Secretary of Homeland Security",
       {"us.secretary-of-homeland-security",
        "Homeland Security Secretary",
        {},
        "United States",
        kUs}},
      {"Chief of Staff",
       {"us.white-house-chief-of-staff",
        "White House Chief of Staff",
        {"White House chief of staff"},
        "United States",
        kUs}},
      {"UN Ambassador",
       {"us.un-ambassador", "UN Ambassador", {"U.N. Ambassador"}, "United States", kUs}},
      {"U.S. Trade Representative",
       {"us.trade-representative", "Trade Representative", {}, "United States", kUs}},
      {"OMB Director",
       {"us.omb-director", "Budget Director", {"OMB Director"}, "United States", kUs}},
  };
  return positions;
}

// "1/20/81" -> "1981-01-20" (two-digit years pivot at 1969).
std::string UsDate(const std::string& text) {
  int m = 0, d = 0, y = 0;
  if (std::sscanf(text.c_str(), "%d/%d/%d", &m, &d, &y) != 3) return "";
  if (y < 100) y += y < 69 ? 2000 : 1900;
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

std::string BuildUsCabinet(const fs::path& file, ReferenceWriter* out) {
  int kept = 0, skipped = 0;
  for (const UsPosition& p : UsPositions()) out->AddOffice(p.office);
  // An official who served two presidents has two rows: the first ends
  // "Bush admin", the second starts "Reagan admin"; they are one term.
  std::map<std::string, std::string> carried;  // position + appointee -> start
  for (const Row& row : ReadCsv(file)) {
    const UsPosition* position = nullptr;
    for (const UsPosition& p : UsPositions()) {
      if (Get(row, "position") == p.position) position = &p;
    }
    if (!position) {
      ++skipped;
      continue;
    }
    const std::string appointee = Trim(Get(row, "appointee"));
    const std::string key = Get(row, "position") + "|" + appointee;
    std::string from = UsDate(Get(row, "start_date"));
    std::string to = UsDate(Get(row, "end_date"));
    // "Still in office" in early 2023: known to then.
    if (Get(row, "end_date") == "Still in office") to = "2023-01";
    if (from.empty()) {
      auto it = carried.find(key);
      if (it == carried.end()) {
        ++skipped;
        continue;
      }
      from = it->second;
    }
    if (to.empty() && Get(row, "end_date") != "Still in office") {
      carried[key] = from;
      continue;
    }
    out->AddTerm(position->office.id, {appointee, from, to});
    ++kept;
  }
  return "cabinet-turnover.csv: " + std::to_string(kept) + " appointments, " +
         std::to_string(skipped) + " rows of other posts";
}

// --- Heads of government and state: REIGN, and ParlGov for France.

struct Country {
  const char* stateabb;
  OfficeSpec office;
  const char* from;  // Only rows starting on or after (empty: all).
  const char* to;    // Only rows starting before (empty: all).
};

const std::vector<Country>& Countries() {
  static const std::vector<Country> countries = {
      {"JPN",
       {"jp.prime-minister", "Prime Minister", {"premier"}, "Japan", {"Japanese"}},
       "1952",
       ""},
      {"GFR", {"de.chancellor", "Chancellor", {}, "Germany", {"German", "West German"}}, "", ""},
      {"GMY", {"de.chancellor", "Chancellor", {}, "Germany", {"German", "West German"}}, "", ""},
      {"FRN", {"fr.president", "President", {}, "France", {"French"}}, "1959", ""},
      {"ITA",
       {"it.prime-minister", "Prime Minister", {"premier"}, "Italy", {"Italian"}},
       "1946",
       ""},
      {"CAN", {"ca.prime-minister", "Prime Minister", {"premier"}, "Canada", {"Canadian"}}, "", ""},
      {"RUS",
       {"su.general-secretary", "General Secretary", {}, "Soviet Union", {"Soviet", "USSR"}},
       "1953",
       "1991-08"},
      {"RUS", {"ru.president", "President", {}, "Russia", {"Russian"}}, "1991-08", ""},
      {"ISR", {"il.prime-minister", "Prime Minister", {"premier"}, "Israel", {"Israeli"}}, "", ""},
      {"IND", {"in.prime-minister", "Prime Minister", {"premier"}, "India", {"Indian"}}, "", ""},
      {"SPN",
       {"es.prime-minister", "Prime Minister", {"premier"}, "Spain", {"Spanish"}},
       "1977",
       ""},
      {"NTH",
       {"nl.prime-minister", "Prime Minister", {"premier"}, "Netherlands", {"Dutch"}},
       "",
       ""},
      {"BEL", {"be.prime-minister", "Prime Minister", {"premier"}, "Belgium", {"Belgian"}}, "", ""},
      {"SWD", {"se.prime-minister", "Prime Minister", {"premier"}, "Sweden", {"Swedish"}}, "", ""},
      {"NOR",
       {"no.prime-minister", "Prime Minister", {"premier"}, "Norway", {"Norwegian"}},
       "",
       ""},
      {"DEN", {"dk.prime-minister", "Prime Minister", {"premier"}, "Denmark", {"Danish"}}, "", ""},
      {"IRE",
       {"ie.taoiseach", "Taoiseach", {"Prime Minister", "premier"}, "Ireland", {"Irish"}},
       "",
       ""},
      {"AUL",
       {"au.prime-minister", "Prime Minister", {"premier"}, "Australia", {"Australian"}},
       "",
       ""},
      {"NEW",
       {"nz.prime-minister", "Prime Minister", {"premier"}, "New Zealand", {"New Zealander"}},
       "",
       ""},
      {"AUS", {"at.chancellor", "Chancellor", {}, "Austria", {"Austrian"}}, "", ""},
      {"GRC",
       {"gr.prime-minister", "Prime Minister", {"premier"}, "Greece", {"Greek"}},
       "1974",
       ""},
      {"BRA", {"br.president", "President", {}, "Brazil", {"Brazilian"}}, "1985", ""},
      {"ARG",
       {"ar.president", "President", {}, "Argentina", {"Argentine", "Argentinian"}},
       "1983",
       ""},
      {"MEX", {"mx.president", "President", {}, "Mexico", {"Mexican"}}, "", ""},
      {"VEN", {"ve.president", "President", {}, "Venezuela", {"Venezuelan"}}, "", ""},
      {"EGY", {"eg.president", "President", {}, "Egypt", {"Egyptian"}}, "", ""},
      {"IRQ", {"iq.president", "President", {}, "Iraq", {"Iraqi"}}, "1968", "2003"},
      {"SYR", {"sy.president", "President", {}, "Syria", {"Syrian"}}, "1971", ""},
      {"SAU", {"sa.king", "King", {}, "Saudi Arabia", {"Saudi"}}, "", "2005"},
      {"JOR", {"jo.king", "King", {}, "Jordan", {"Jordanian"}}, "", ""},
      {"PHI", {"ph.president", "President", {}, "Philippines", {"Philippine", "Filipino"}}, "", ""},
      {"ROK", {"kr.president", "President", {}, "South Korea", {"South Korean"}}, "", ""},
      {"INS", {"id.president", "President", {}, "Indonesia", {"Indonesian"}}, "", ""},
      {"UKR", {"ua.president", "President", {}, "Ukraine", {"Ukrainian"}}, "", ""},
  };
  return countries;
}

// "Yoshida, Shigeru" -> "Shigeru Yoshida"; trailing spaces trimmed.
std::string ReignName(std::string name) {
  name = Trim(name);
  const auto comma = name.find(", ");
  if (comma != std::string::npos) name = name.substr(comma + 2) + " " + name.substr(0, comma);
  return name;
}

std::string Two(const std::string& n) { return n.size() == 1 ? "0" + n : n; }

std::string BuildReign(const fs::path& file, ReferenceWriter* out) {
  struct Row2 {
    std::string office, name, from, end_month;
  };
  std::vector<Row2> rows;
  for (const Country& c : Countries()) out->AddOffice(c.office);
  for (const Row& row : ReadCsv(file)) {
    const std::string from =
        Get(row, "syear") + "-" + Two(Get(row, "smonth")) + "-" + Two(Get(row, "sdate"));
    for (const Country& c : Countries()) {
      if (Get(row, "stateabb") != c.stateabb) continue;
      if (*c.from && from < c.from) continue;
      if (*c.to && from >= c.to) continue;
      const std::string end = Get(row, "eyear").empty()
                                  ? std::string()
                                  : Get(row, "eyear") + "-" + Two(Get(row, "emonth"));
      rows.push_back({c.office.id, ReignName(Get(row, "leader")), from, end});
    }
  }
  // Ends are months: the successor's start day, when it falls in that month.
  std::stable_sort(rows.begin(), rows.end(), [](const Row2& a, const Row2& b) {
    return std::tie(a.office, a.from) < std::tie(b.office, b.from);
  });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::string to = rows[i].end_month;
    if (i + 1 < rows.size() && rows[i + 1].office == rows[i].office && !to.empty() &&
        rows[i + 1].from.starts_with(to)) {
      to = rows[i + 1].from;
    }
    out->AddTerm(rows[i].office, {rows[i].name, rows[i].from, to});
  }
  return "REIGN: " + std::to_string(rows.size()) + " terms in " +
         std::to_string(Countries().size()) + " offices";
}

// French prime ministers: runs of ParlGov cabinets named after the same
// head of government ("Chirac II").
std::string BuildParlGovFrance(const fs::path& dir, ReferenceWriter* out) {
  std::string france;
  for (const Row& row : ReadCsv(dir / "country.csv")) {
    if (Get(row, "name") == "France") france = Get(row, "id");
  }
  out->AddOffice({"fr.prime-minister", "Prime Minister", {"premier"}, "France", {"French"}});
  std::vector<std::pair<std::string, std::string>> cabinets;  // start, surname
  for (const Row& row : ReadCsv(dir / "cabinet.csv")) {
    if (Get(row, "country") != france || Get(row, "start_date") < "1959") continue;
    std::string name = Get(row, "name");
    while (!name.empty() && (name.back() == 'I' || name.back() == 'V' || name.back() == ' ')) {
      name.pop_back();
    }
    cabinets.emplace_back(Get(row, "start_date"), name);
  }
  std::sort(cabinets.begin(), cabinets.end());
  int terms = 0;
  for (std::size_t i = 0; i < cabinets.size(); ++i) {
    if (i > 0 && cabinets[i].second == cabinets[i - 1].second) continue;
    std::size_t next = i + 1;
    while (next < cabinets.size() && cabinets[next].second == cabinets[i].second) ++next;
    const std::string to = next < cabinets.size() ? cabinets[next].first : "";
    out->AddTerm("fr.prime-minister", {cabinets[i].second, cabinets[i].first, to});
    ++terms;
  }
  return "ParlGov: " + std::to_string(terms) + " French prime ministers";
}

}  // namespace

std::vector<std::string> BuildReferenceFromSources(const fs::path& sources, const fs::path& out_dir,
                                                   std::vector<std::string>* notes) {
  fs::create_directories(out_dir);
  const std::string header =
      "# Built by bench/office_holders_injection from ../shared/data/reference-sources.\n";
  std::vector<std::string> files;
  auto write = [&](const char* name, ReferenceWriter& writer, std::string note) {
    const fs::path path = out_dir / name;
    const int terms = writer.Write(path, header);
    notes->push_back(note + " -> " + std::to_string(terms) + " terms in " + name);
    files.push_back(path.string());
  };
  {
    ReferenceWriter uk;
    std::string note = BuildUk(sources / "ifg", &uk);
    write("uk-ministers.yaml", uk, note);
  }
  {
    ReferenceWriter us;
    std::string note = BuildUsExecutive(sources / "us" / "executive.yaml", "2025-10-31", &us);
    note += "; " + BuildUsCabinet(sources / "us" / "cabinet-turnover.csv", &us);
    write("us-executive-and-cabinet.yaml", us, note);
  }
  {
    ReferenceWriter world;
    std::string note = BuildReign(sources / "reign" / "leaderlist_3_21.csv", &world);
    note += "; " + BuildParlGovFrance(sources / "parlgov", &world);
    write("heads-of-government.yaml", world, note);
  }
  return files;
}

}  // namespace factcheck::bench
