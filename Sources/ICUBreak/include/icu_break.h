#ifndef ZITAT_ICU_BREAK_H
#define ZITAT_ICU_BREAK_H
#include <stdint.h>
#include "icu_regex.h"

/// Kinds of text boundaries ICU can find.
typedef enum {
    ZT_BREAK_CHARACTER = 0,
    ZT_BREAK_WORD = 1,
    ZT_BREAK_LINE = 2,
    ZT_BREAK_SENTENCE = 3
} zt_break_kind;

/// Finds the boundaries of `kind` in a UTF-16 buffer with the plain rules of `locale`.
/// Writes at most `capacity` boundary offsets (UTF-16 units, starting with 0 and ending with
/// `length`) and, when `statuses` is not NULL, the rule status of the segment ending there.
/// Returns the number written, or -1 when ICU fails (the error name is put in `error`).
int32_t zt_boundaries(zt_break_kind kind, const uint16_t *text, int32_t length,
                      const char *locale, int32_t *boundaries, int32_t *statuses,
                      int32_t capacity, const char **error);

/// The version of the ICU library in use, like "72.1".
const char *zt_icu_version(void);

#endif
