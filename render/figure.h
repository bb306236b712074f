/* figure: one figure from a request: load, lay out, check (--strict), draw,
 * all in memory, so nothing is written until every output is ready. */
#ifndef RENDER_FIGURE_H
#define RENDER_FIGURE_H

#include <glib.h>
#include "cli.h"
#include "fonts.h"

/* The bytes of every output the request asks for; NULL where not asked. */
typedef struct FigureOutputs {
	GBytes *figure;   /* the PDF, PNG or SVG */
	GBytes *scene;    /* the scene JSON (--scene) */
	GBytes *alt;      /* the alt text (--alt) */
} FigureOutputs;

/* Makes the outputs of req with fonts. FALSE with *err (DIAG_*) when any
 * step fails; out is then empty. The caller frees out with figure_clear. */
gboolean figure_make(const CliRequest *req, Fonts *fonts, FigureOutputs *out,
                     GError **err);
void figure_clear(FigureOutputs *out);

#endif
