/* filecmp: whether two versions of a figure's file say the same thing, so a
 * check of out/ fails on a changed figure and not on another zlib build: an
 * SVG by its text (line ends aside), a PDF by its objects with their streams
 * inflated, a PNG by its size, text chunks and pixels within a tolerance. */
#ifndef RENDER_FILECMP_H
#define RENDER_FILECMP_H

#include <glib.h>

/* Compares a and b as the format name ends in (.pdf, .png, .svg; any other
 * by bytes). TRUE when they say the same; else *why (caller frees; may be
 * NULL) says how they differ, e.g. "1234 pixels differ". */
gboolean filecmp_same(const char *name, GBytes *a, GBytes *b, char **why);

/* A PDF with every Flate stream inflated and what follows from the
 * compressed sizes (stream lengths, the cross-reference table, startxref)
 * left out; NULL when pdf has no stream or a stream ends nowhere. */
GBytes *filecmp_pdf_content(GBytes *pdf);

#endif
