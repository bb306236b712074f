/* limit: every bound on what render accepts, in one place. Each is checked
 * before the work it bounds, and the worst input inside all of them stays
 * within about 10 s and 1 GB (bench/limits.py measures it). */
#ifndef RENDER_LIMIT_H
#define RENDER_LIMIT_H

#include <glib.h>
#include "scene.h"

/* The input (CSV reader, table.c). */
#define LIMIT_INPUT_BYTES  (4 << 20)   /* bytes of a CSV file: 4 MiB */
#define LIMIT_ROWS         100000      /* data rows of a CSV file */
#define LIMIT_FIELDS       1000        /* fields of a row, the header's too */
#define LIMIT_FIELD_CHARS  2000        /* characters of a field */

/* Seat charts (seats.c). */
#define LIMIT_ELECTIONS    400         /* compositions (elections) in a file */
#define LIMIT_SEATS        10000       /* seats of one composition */
#define LIMIT_SEATS_ALL    120000      /* seats of all compositions together */

/* The command line (cli.c). */
#define LIMIT_OPTION_CHARS 1000        /* characters of --title, --subtitle, --caption */

/* The page, given with --size or made by the layout (automatic height). */
#define LIMIT_PAGE_MIN_PT  36.0        /* 0.5 in */
#define LIMIT_PAGE_MAX_PT  14400.0     /* 200 in (5080 mm), the largest PDF page */

/* The output. A PDF or SVG is bounded by the limits above (bench/limits.py
 * gives the largest); a PNG by its pixels. */
#define LIMIT_PNG_SIDE     32767       /* pixels a side (cairo's own limit) */
#define LIMIT_PNG_PIXELS   100000000   /* pixels in all: 400 MB drawn */

/* The limits as --help and the README state them: one line each, the same
 * text in both (a unit test compares). Static. */
const char *limit_help(void);

/* The page the layout made must not be larger than the largest page: FALSE
 * with a DIAG_DATA error at the first input row (of path) that reaches
 * beyond it, or naming the page when no row does. */
gboolean limit_page(const Scene *s, const char *path, GError **err);

/* A PNG of a width x height pt page at dpi must stay within the pixel
 * limits: FALSE with a DIAG_USAGE error saying what to lower. */
gboolean limit_png(double width, double height, double dpi, GError **err);

#endif
