// A bare ICU sentence + word break scan, the yardstick of reports/scripts/bench-speed.sh.
//
//   icu_scan FILE [RUNS]
//
// Reads FILE (UTF-8), converts it to UTF-16 once, then RUNS times (default 5) walks every
// sentence boundary and every word boundary of the German ("de") break rules, as Zitat's
// segmenter asks ICU for them. Prints the median CPU seconds of one scan and the MB/s of the
// UTF-8 input (1 MB = 10^6 bytes). Build: cc -O2 icu_scan.c $(pkg-config --cflags --libs icu-uc)
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static long scan(UBreakIteratorType type, const UChar *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(type, "de", text, length, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "icu_scan: ubrk_open: %s\n", u_errorName(status)); exit(2); }
    long count = 0;
    for (int32_t b = ubrk_first(it); b != UBRK_DONE; b = ubrk_next(it)) count++;
    ubrk_close(it);
    return count;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: icu_scan FILE [RUNS]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1 || runs > 100) { fprintf(stderr, "icu_scan: RUNS must be 1 to 100\n"); return 2; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    fseek(file, 0, SEEK_END);
    long bytes = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *utf8 = malloc(bytes + 1);
    if (!utf8 || fread(utf8, 1, bytes, file) != (size_t)bytes) { fprintf(stderr, "icu_scan: cannot read %s\n", argv[1]); return 2; }
    fclose(file);
    UChar *utf16 = malloc(sizeof(UChar) * (bytes + 1));
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(utf16, (int32_t)bytes + 1, &length, utf8, (int32_t)bytes, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "icu_scan: %s is not UTF-8: %s\n", argv[1], u_errorName(status)); return 2; }
    double *times = malloc(sizeof(double) * runs);
    long sentences = 0, words = 0;
    for (int run = 0; run < runs; run++) {
        double start = cpu_seconds();
        sentences = scan(UBRK_SENTENCE, utf16, length);
        words = scan(UBRK_WORD, utf16, length);
        times[run] = cpu_seconds() - start;
    }
    qsort(times, runs, sizeof(double), compare);
    double median = times[runs / 2];
    printf("icu_scan: %ld bytes, %ld sentence and %ld word boundaries, median %.4f s CPU of %d runs, %.2f MB/s\n",
           bytes, sentences, words, median, runs, bytes / median / 1e6);
    return 0;
}
