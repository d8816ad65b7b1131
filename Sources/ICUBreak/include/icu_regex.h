#ifndef ZITAT_ICU_REGEX_H
#define ZITAT_ICU_REGEX_H
#include <stdint.h>

/// A compiled ICU regular expression (an opaque URegularExpression). Never matched directly:
/// each `zt_regex_matches` call matches with its own clone, so threads may share one.
typedef struct zt_regex zt_regex;

/// Compiles a UTF-16 pattern (ICU syntax, flags 0 or case-insensitive). NULL when ICU
/// rejects it; the error name is put in `error`.
zt_regex *zt_regex_open(const uint16_t *pattern, int32_t length, int32_t case_insensitive,
                        const char **error);

void zt_regex_close(zt_regex *regex);

/// The number of the capture group called `name`, or -1 when the pattern has none.
int32_t zt_regex_group(const zt_regex *regex, const char *name);

/// The matches in `text[start..<end]` (UTF-16 offsets; the region's ends anchor `^` and `$`,
/// lookaround sees nothing beyond them), as NSRegularExpression finds them. Writes four
/// offsets per match, at most `capacity` matches: its start and end, and those of group `group`
/// (-1, -1 when `group` is negative or the group took no part). Returns the number of matches
/// (which may exceed `capacity`), or -1 when ICU fails (the error name is put in `error`).
int32_t zt_regex_matches(const zt_regex *regex, const uint16_t *text, int32_t length,
                         int32_t start, int32_t end, int32_t group,
                         int32_t *out, int32_t capacity, const char **error);

#endif
