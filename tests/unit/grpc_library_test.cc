// libfactcheck_grpc.so, loaded on demand (base/grpc_library.h): it is found
// beside libfactcheck_proto, offers the host's transport and the check
// server's starter, and an entry it lacks is an error that names it.
#include "base/grpc_library.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "factcheck/error.h"
#include "host/grpc_transport.h"
#include "server/grpc_service.h"

namespace factcheck {
namespace {

TEST(GrpcLibraryTest, OffersTheHostsTransportAndTheServersStarter) {
  EXPECT_NO_THROW(LoadGrpcTransport());
  EXPECT_NO_THROW(GrpcLibraryEntry<server::GrpcServerStarter>(server::kGrpcServerEntry));
}

TEST(GrpcLibraryTest, AnEntryItLacksIsAnErrorNamingIt) {
  try {
    GrpcLibraryObject("factcheck_no_such_entry");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("libfactcheck_grpc.so has no entry "
                                               "'factcheck_no_such_entry'"));
  }
}

TEST(GrpcLibraryTest, TheSameEntryGivesTheSameObject) {
  EXPECT_EQ(&LoadGrpcTransport(), &LoadGrpcTransport());
}

}  // namespace
}  // namespace factcheck
