// Reads a plugin's `reference` option: events files and office-holder files,
// told apart by their top-level section.
#ifndef FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_
#define FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_

#include <google/protobuf/struct.pb.h>

#include <string>

#include "reference/events.h"
#include "reference/office_holders.h"

namespace factcheck::reference {

// Loads every file of the `reference` option (a path or a list of paths,
// relative to `config_dir`) into `events` or `people`, and finishes both.
// Returns an error message naming file:line:column, or "" on success.
std::string LoadReferenceFiles(const google::protobuf::Struct& options, const std::string& plugin,
                               const std::string& config_dir, Events* events,
                               OfficeHolders* people);

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_
