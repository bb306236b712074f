/* figure: one figure from a request: load, lay out, check (--strict), draw,
 * all in memory, so nothing is written until every output is ready. */
#ifndef RENDER_FIGURE_H
#define RENDER_FIGURE_H

#include <glib.h>
#include "cli.h"
#include "fonts.h"

/* The bytes of every output the request asks for; NULL where not asked. */
typedef struct FigureOutputs {
	GBytes **figures; /* [req->noutputs], owned: each -o's PDF, PNG or SVG */
	int nfigures;
	GBytes *scene;    /* the scene JSON (--scene) */
	GBytes *alt;      /* the alt text (--alt) */
	char *alt_text;   /* the alt text, whether asked for or not; owned */
} FigureOutputs;

/* Makes the outputs of req with fonts: one layout, drawn once in each format
 * the outputs ask for. FALSE with *err (DIAG_*) when any step fails; out is
 * then empty. The caller frees out with figure_clear. */
gboolean figure_make(const CliRequest *req, Fonts *fonts, FigureOutputs *out,
                     GError **err);
void figure_clear(FigureOutputs *out);

/* Lays the figure of req out without drawing it: its alt text (caller
 * frees), or NULL with *err as figure_make. */
char *figure_describe(const CliRequest *req, Fonts *fonts, GError **err);

/* Writes every output of req (each -o, --scene, --alt) from out, all or
 * none (output.h). FALSE with *err (DIAG_IO, or DIAG_USAGE for two outputs
 * that are one file). */
gboolean figure_write(const CliRequest *req, const FigureOutputs *out, GError **err);

#endif
