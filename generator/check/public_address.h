#pragma once
#include <optional>
#include <string>

namespace enindgang {

// Why a site published at `base_url` would not work for a child, in words
// ("it is on this computer (localhost)", "it uses http://, not https://"),
// or nullopt when it can be published. Local means the host localhost or a
// name under .localhost, a loopback address (127.0.0.0/8, ::1, IPv4-mapped
// loopback) or the unspecified 0.0.0.0 / ::. Parsed with libcurl's URL API,
// which also normalises "127.1" and "2130706433" to 127.0.0.1.
std::optional<std::string> WhyNotPublishable(const std::string& base_url);

}  // namespace enindgang
