// The office-holders check of one document: every claim found and judged.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_

#include "factcheck/v1/checker.pb.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// Appends a finding for each claim in `document`. False when its as_of is not
// YYYY-MM-DD.
bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_
