#pragma once

namespace enindgang {

// Parses the command line and runs the command. Returns the exit status.
int RunApp(int argc, char** argv, const char* version);

}  // namespace enindgang
