/* backend: the output formats as one small table (PDF, PNG, SVG): PDF and PNG
 * each make a cairo surface and finish it, SVG is written from the scene; the
 * output file's extension picks one. Each format carries the figure's title
 * and alt text (Scene.title, Scene.desc). */
#ifndef RENDER_BACKEND_H
#define RENDER_BACKEND_H

#include <glib.h>
#include "fonts.h"
#include "scene.h"

/* How hard the PNG encoder compresses. */
typedef enum {
	BACKEND_PNG_FAST,   /* zlib level 1, no filter: a few times faster, the
	                       file up to about half as large again */
	BACKEND_PNG_SMALL,  /* level 6 and adaptive filters, as cairo's writer */
} BackendPngCompress;

typedef struct BackendSettings {
	double dpi;               /* PNG pixels per inch */
	const char *create_date;  /* ISO 8601 for the PDF, or NULL for none */
	BackendPngCompress png_compress;
	gboolean svg_text;        /* SVG text as <text> with the fonts embedded,
	                             not glyph outlines */
} BackendSettings;

typedef struct Backend Backend;

/* The backend for path's extension (case-insensitive), or NULL. Static. */
const Backend *backend_for_path(const char *path);
/* "pdf, png, svg", for messages. */
const char *backend_names(void);
/* The backend named "pdf", "png" or "svg" (case-insensitive, as -T gives
 * it), or NULL. Static. */
const Backend *backend_for_name(const char *name);
/* Whether the file at path is a figure render made: a PDF whose Creator is
 * render, a PNG whose Software text is render, or an SVG with the root render
 * writes. Files of any other origin are never a batch's to remove. */
gboolean backend_made_by_render(const char *path);

/* Draws s and appends the encoded file to out. FALSE with *err (DIAG_IO) if
 * cairo reports any error or a font cannot be embedded; DIAG_USAGE for a
 * page too large for a PNG. */
gboolean backend_render(const Backend *b, const Scene *s, Fonts *fonts,
                        const BackendSettings *set, GByteArray *out,
                        GError **err);

#endif
