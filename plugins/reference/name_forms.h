// The ways the press writes a person's name, derived from the name the
// reference data gives: "George W. Bush" is also "George Bush" and "George
// W Bush"; "George H. W. Bush" also "George H.W. Bush"; "Martin Luther King
// Jr." also "Martin Luther King"; "Gerhard Schröder" also "Gerhard
// Schroeder"; "Lord Cameron of Chipping Norton" also "Lord Cameron". And the
// surnames that stand for the person after a title or honorific ("Bush",
// "von der Leyen", "Cameron", "Elizabeth" of "Elizabeth II").
#ifndef FACTCHECK_PLUGINS_REFERENCE_NAME_FORMS_H_
#define FACTCHECK_PLUGINS_REFERENCE_NAME_FORMS_H_

#include <string>
#include <vector>

namespace factcheck::reference {

using Phrase = std::vector<std::string>;  // Folded words.

struct NameForms {
  std::vector<Phrase> full;      // Full names: match anywhere.
  std::vector<Phrase> surnames;  // Match with context (a title, an honorific, the
                                 // person named earlier in the article).
  // Surnames of a person the data names without a given name ("Lord
  // Prescott", a peer; "Thatcher" in a list of surnames): "John Prescott"
  // and "Margaret Thatcher" may be that person.
  std::vector<Phrase> bare;
};

// The forms of `name`, its `aliases` and the surnames the data states
// (`people[].surname`).
NameForms FormsOf(const std::string& name, const std::vector<std::string>& aliases,
                  const std::vector<std::string>& surnames);

// Whether a folded word is a regnal or generational number: ii, iii, iv ...
bool IsRomanNumeral(std::string_view word);

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_NAME_FORMS_H_
