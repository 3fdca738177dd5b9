#pragma once
#include <string>

namespace enindgang {

// `serve` shows drafts and unfinished pages, so it is for this computer only.

// 127.0.0.0/8, ::1 or "localhost": an address no other computer can reach.
bool IsLoopbackAddress(const std::string& address);

// `address` as a URL or a Host header names it: "::1" → "[::1]", "LocalHost" → "localhost".
std::string UrlHost(const std::string& address);

// Whether a request's Host header names this computer: localhost, 127.0.0.1, [::1] or the address
// `serve` listens on, without a port or with `port`. Any other name may be DNS rebinding: a page of
// evil.example whose name now points at 127.0.0.1, reading the preview with the browser's help.
bool NamesThisComputer(const std::string& host_header, const std::string& listen_address, int port);

}  // namespace enindgang
