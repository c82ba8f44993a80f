// The in-process plugin interface: what a shared-library checker implements.
//
// A plugin library defines a class deriving from factcheck::Plugin and
// registers it with one line, FACTCHECK_PLUGIN(MyChecker). The macro exports a
// factory through Boost.DLL that returns the plugin object together with the
// protocol version the library was built for, and wraps the object so that no
// exception ever crosses the library boundary.
//
// The same object can be served out of process by `factcheck serve-plugin`;
// the host reaches both through the gRPC `Checker` service's messages.
#ifndef FACTCHECK_PLUGIN_H_
#define FACTCHECK_PLUGIN_H_

#include <grpcpp/support/status.h>

#include <boost/dll/alias.hpp>
#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// The protocol version of proto/factcheck/v1/checker.proto.
inline constexpr std::uint32_t kProtocolVersion = factcheck::v1::PROTOCOL_VERSION_CURRENT;

// A checker. Describe and Configure are called once, before any Check; Check
// may then be called from several threads at once.
class Plugin {
 public:
  virtual ~Plugin() = default;

  // Fills in name, version, rules and options. The protocol version is set by
  // the host-facing wrapper.
  virtual grpc::Status Describe(v1::DescribeResponse* response) = 0;
  // Loads reference data. Errors are INVALID_ARGUMENT naming file:line:column.
  virtual grpc::Status Configure(const v1::ConfigureRequest& request) = 0;
  // Appends findings for one document.
  virtual grpc::Status Check(const v1::CheckRequest& request,
                             v1::CheckResponse* response) const = 0;
};

// What a plugin tells the host once it is configured (ConfigureResponse: the
// word lists it filters sentences by). Optional, and apart from Plugin so that
// libraries built before it, whose Plugin has no such function, keep working:
// the host asks for it with dynamic_cast.
class ConfigureResponder {
 public:
  virtual ~ConfigureResponder() = default;
  // Called after a Configure that succeeded.
  virtual grpc::Status Configured(v1::ConfigureResponse* response) const = 0;
};

// What the exported factory returns. The host reads protocol_version before
// it touches the object, and owns (deletes) the object afterwards.
struct PluginFactoryResult {
  std::uint32_t protocol_version;
  Plugin* plugin;     // Null when construction failed; see error.
  const char* error;  // Static text, or null.
};

using PluginFactory = PluginFactoryResult();

// The exported symbol's name.
inline constexpr const char* kPluginFactorySymbol = "factcheck_create_plugin";

namespace internal {

// Turns exceptions escaping a plugin into INTERNAL statuses, inside the
// plugin library, so that none crosses into the host.
class NoThrowPlugin final : public Plugin, public ConfigureResponder {
 public:
  NoThrowPlugin(std::unique_ptr<Plugin> inner, std::uint32_t protocol_version)
      : inner_(std::move(inner)), protocol_version_(protocol_version) {}

  grpc::Status Describe(v1::DescribeResponse* response) override {
    return Guard([&] {
      grpc::Status status = inner_->Describe(response);
      response->set_protocol_version(protocol_version_);
      return status;
    });
  }
  grpc::Status Configure(const v1::ConfigureRequest& request) override {
    return Guard([&] { return inner_->Configure(request); });
  }
  grpc::Status Check(const v1::CheckRequest& request, v1::CheckResponse* response) const override {
    return Guard([&] { return inner_->Check(request, response); });
  }
  grpc::Status Configured(v1::ConfigureResponse* response) const override {
    const auto* responder = dynamic_cast<const ConfigureResponder*>(inner_.get());
    if (responder == nullptr) return grpc::Status();
    return Guard([&] { return responder->Configured(response); });
  }

 private:
  template <typename Call>
  static grpc::Status Guard(Call&& call) noexcept {
    try {
      return call();
    } catch (const std::exception& e) {
      return grpc::Status(grpc::StatusCode::INTERNAL,
                          std::string("plugin threw an exception: ") + e.what());
    } catch (...) {
      return grpc::Status(grpc::StatusCode::INTERNAL, "plugin threw an unknown exception");
    }
  }

  std::unique_ptr<Plugin> inner_;
  std::uint32_t protocol_version_;
};

// Configure, then the plugin's ConfigureResponse when it gives one: how the
// host and `serve-plugin` configure a plugin object.
inline grpc::Status ConfigureInProcess(Plugin& plugin, const v1::ConfigureRequest& request,
                                       v1::ConfigureResponse* response) {
  grpc::Status status = plugin.Configure(request);
  if (!status.ok()) return status;
  const auto* responder = dynamic_cast<const ConfigureResponder*>(&plugin);
  return responder == nullptr ? status : responder->Configured(response);
}

template <typename PluginClass>
PluginFactoryResult CreatePlugin(std::uint32_t protocol_version) noexcept {
  try {
    return {protocol_version, new NoThrowPlugin(std::make_unique<PluginClass>(), protocol_version),
            nullptr};
  } catch (...) {
    return {protocol_version, nullptr, "the plugin's constructor failed"};
  }
}

}  // namespace internal
}  // namespace factcheck

// Overridable only so that the host's tests can build a plugin for another
// protocol version.
#ifndef FACTCHECK_PLUGIN_PROTOCOL_VERSION
#define FACTCHECK_PLUGIN_PROTOCOL_VERSION ::factcheck::kProtocolVersion
#endif

// Registers PluginClass as this library's plugin. Use once per library, at
// namespace scope.
#define FACTCHECK_PLUGIN(PluginClass)                                                           \
  namespace factcheck_plugin_export {                                                           \
  ::factcheck::PluginFactoryResult CreateFactcheckPlugin() noexcept {                           \
    return ::factcheck::internal::CreatePlugin<PluginClass>(FACTCHECK_PLUGIN_PROTOCOL_VERSION); \
  }                                                                                             \
  }                                                                                             \
  BOOST_DLL_ALIAS(factcheck_plugin_export::CreateFactcheckPlugin, factcheck_create_plugin)

#endif  // FACTCHECK_PLUGIN_H_
