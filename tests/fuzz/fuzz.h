/* fuzz: what the fuzz targets share: the input as a file, the bundled fonts,
 * and the promises every run must keep (checked with abort, so a fuzzer or
 * the replay reports them as crashes). */
#ifndef TESTS_FUZZ_H
#define TESTS_FUZZ_H

#include <glib.h>
#include <stddef.h>
#include <stdint.h>
#include "text.h"

/* The bytes as a file: its path (/proc/self/fd/N of one memfd, rewritten on
 * each call). Borrowed until the next call. */
const char *fuzz_file(const uint8_t *data, size_t size);

/* The bundled fonts' measurer, opened once and opened anew now and then so
 * its cache of measured sizes stays small over millions of runs. */
TextMeasurer *fuzz_measurer(void);

/* The options byte: an input that starts with a byte of 0x80 or more (and
 * not a BOM's 0xEF) spends it on options; others use 0, so plain CSV files
 * (the seeds from tests/cases) are read as they are. Moves *data on. */
unsigned fuzz_options(const uint8_t **data, size_t *size);

/* A run's error, which must be a promise kept: a message, valid UTF-8, no
 * character below U+0020 or DEL (diag escapes them), and for a data error
 * the file's name first. Aborts otherwise; frees err. */
void fuzz_check_error(GError *err, const char *path);

/* Text the run made (scene JSON, alt text): valid UTF-8. Aborts otherwise. */
void fuzz_check_text(const char *what, const char *text);

/* One run of each target; 0 always (libFuzzer's convention). */
int fuzz_csv_one(const uint8_t *data, size_t size);
int fuzz_timeline_one(const uint8_t *data, size_t size);
int fuzz_seats_one(const uint8_t *data, size_t size);

#endif
