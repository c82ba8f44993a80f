// The reference files a checker is configured with, loaded by kind — events
// files (a top-level `events:` or `series:` section) and office-holder files
// (`offices:` or `people:`) — into shared, immutable models. A process reads
// a set of files once: every plugin configured with the same files of a kind
// shares one model, for as long as any of them holds it.
#ifndef FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_
#define FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_

#include <memory>
#include <vector>

#include "common/options.h"
#include "reference/events.h"
#include "reference/office_holders.h"

namespace factcheck::reference {

struct ReferenceSet {
  std::shared_ptr<const OfficeHolders> office_holders;  // Never null; empty without files.
  std::shared_ptr<const Events> events;                 // Never null; empty without files.
};

// Loads (or finds already loaded) the models of `files`. Throws Error for a
// missing file and LocatedError naming file:line:column for bad data.
ReferenceSet LoadReferenceSet(const std::vector<kit::ReferencePath>& files);

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_REFERENCE_SET_H_
