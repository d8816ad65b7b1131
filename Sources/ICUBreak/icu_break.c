#include "icu_break.h"
#include <unicode/ubrk.h>
#include <unicode/uversion.h>
#include <unicode/uclean.h>
#include <stdio.h>

int32_t zt_boundaries(zt_break_kind kind, const uint16_t *text, int32_t length,
                      const char *locale, int32_t *boundaries, int32_t *statuses,
                      int32_t capacity, const char **error) {
    UBreakIteratorType type;
    switch (kind) {
    case ZT_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case ZT_BREAK_WORD: type = UBRK_WORD; break;
    case ZT_BREAK_LINE: type = UBRK_LINE; break;
    default: type = UBRK_SENTENCE; break;
    }
    if (error) *error = NULL;
    if (capacity < 1) return 0;
    if (length == 0) {
        boundaries[0] = 0;
        if (statuses) statuses[0] = 0;
        return 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(type, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        if (error) *error = u_errorName(status);
        return -1;
    }
    int32_t count = 0;
    for (int32_t pos = ubrk_first(it); pos != UBRK_DONE && count < capacity; pos = ubrk_next(it)) {
        boundaries[count] = pos;
        if (statuses) statuses[count] = ubrk_getRuleStatus(it);
        count++;
    }
    ubrk_close(it);
    return count;
}

const char *zt_icu_version(void) {
    static char buffer[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, buffer);
    return buffer;
}
