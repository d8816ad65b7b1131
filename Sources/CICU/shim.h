// The system ICU headers used by ICUBreak. Never imported from Swift: Foundation carries
// its own ICU headers, and the two clash ("'UErrorCode' has different definitions").
#include <unicode/ubrk.h>
#include <unicode/utypes.h>
#include <unicode/uregex.h>
