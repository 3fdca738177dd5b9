#include "cli/app.h"

int main(int argc, char** argv) { return enindgang::RunApp(argc, argv, ENINDGANG_VERSION); }
