#include "icu_regex.h"
#include <unicode/uregex.h>

zt_regex *zt_regex_open(const uint16_t *pattern, int32_t length, int32_t case_insensitive,
                        const char **error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length,
                                            case_insensitive ? UREGEX_CASE_INSENSITIVE : 0, &parse, &status);
    if (error) *error = NULL;
    if (U_FAILURE(status)) {
        if (error) *error = u_errorName(status);
        if (regex) uregex_close(regex);
        return NULL;
    }
    return (zt_regex *)regex;
}

void zt_regex_close(zt_regex *regex) {
    if (regex) uregex_close((URegularExpression *)regex);
}

int32_t zt_regex_group(const zt_regex *regex, const char *name) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t number = uregex_groupNumberFromCName((URegularExpression *)regex, name, -1, &status);
    return U_FAILURE(status) ? -1 : number;
}

static int32_t failed(URegularExpression *matcher, UErrorCode status, const char **error) {
    if (error) *error = u_errorName(status);
    if (matcher) uregex_close(matcher);
    return -1;
}

int32_t zt_regex_matches(const zt_regex *regex, const uint16_t *text, int32_t length,
                         int32_t start, int32_t end, int32_t group,
                         int32_t *out, int32_t capacity, const char **error) {
    if (error) *error = NULL;
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *matcher = uregex_clone((const URegularExpression *)regex, &status);
    if (U_FAILURE(status)) return failed(matcher, status, error);
    uregex_setText(matcher, (const UChar *)text, length, &status);
    uregex_setRegion(matcher, start, end, &status);
    if (U_FAILURE(status)) return failed(matcher, status, error);
    int32_t count = 0;
    while (uregex_findNext(matcher, &status)) {
        if (count < capacity) {
            int32_t *match = out + 4 * count;
            match[0] = uregex_start(matcher, 0, &status);
            match[1] = uregex_end(matcher, 0, &status);
            match[2] = group >= 0 ? uregex_start(matcher, group, &status) : -1;
            match[3] = group >= 0 ? uregex_end(matcher, group, &status) : -1;
        }
        if (U_FAILURE(status)) return failed(matcher, status, error);
        count++;
    }
    if (U_FAILURE(status)) return failed(matcher, status, error);
    uregex_close(matcher);
    return count;
}
