#pragma once
// Convenience include for the GUI: the report options are declared in core (core/report) because
// the spreadsheet writer needs them too.

#include "../../core/report/reportoptions.h"
