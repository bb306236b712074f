/* pngpix: a PNG as pixels and text chunks, for comparing two versions of a
 * figure: whether they look the same within a small tolerance, and a picture
 * of where they differ. */
#ifndef RENDER_PNGPIX_H
#define RENDER_PNGPIX_H

#include <glib.h>

/* How far a channel may differ (of 255) before a pixel counts as changed:
 * room for another pixman's anti-aliasing, far below any drawn change. */
#define PNGPIX_TOLERANCE 8

typedef struct PngPix {
	int width, height;
	guint8 *rgb;        /* owned, [width * height * 3], alpha laid on white */
	char *texts;        /* owned: every tEXt, zTXt and iTXt chunk's bytes, sorted */
} PngPix;

/* Where two pictures differ. */
typedef struct PngPixDiff {
	gint64 changed;     /* pixels that differ (beyond one picture's edge too) */
	int x0, y0, x1, y1; /* the box holding them, pixels, x1 and y1 exclusive */
} PngPixDiff;

/* Decodes a PNG. NULL when png is not one. Free with pngpix_free. */
PngPix *pngpix_read(GBytes *png);
void pngpix_free(PngPix *p);

/* Where a and b differ, pixel by pixel (channels within PNGPIX_TOLERANCE
 * count as equal), over the larger of the two sizes. */
PngPixDiff pngpix_compare(const PngPix *a, const PngPix *b);

/* A PNG of the difference: b's picture faded to light grey, every pixel that
 * differs from a in strong magenta, and the box around them outlined.
 * The caller owns the result. */
GBytes *pngpix_diff_image(const PngPix *a, const PngPix *b);

#endif
