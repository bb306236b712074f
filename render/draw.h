/* draw: paints a scene onto a cairo context, the one place that turns scene
 * items into cairo calls, and the drawing rules the SVG writer shares. */
#ifndef RENDER_DRAW_H
#define RENDER_DRAW_H

#include <cairo.h>
#include "fonts.h"
#include "scene.h"

/* Draws every item of s in order, in points; the caller has set up any
 * scale. Text goes into PDF structure tags (the title "H1", other text "P",
 * all in "Document"), so a screen reader finds a tagged PDF's words; other
 * surfaces ignore the tags. */
void draw_scene(cairo_t *cr, const Scene *s, Fonts *fonts);

/* What the scene leaves to the backends, the same for every format. */

/* The width a stroke of it is drawn with, in points. */
double draw_line_width(const SceneItem *it);
/* Its dash pattern, on and off lengths in points; FALSE for a solid line. */
gboolean draw_dashes(const SceneItem *it, double dashes[2]);

/* Hatching (it->hatch): parallel diagonal lines in the stroke colour across
 * the shape's bounds, clipped to the shape, drawn over its fill; a hatched
 * shape has no outline. */
typedef struct DrawHatch {
	double x1, y1, x2, y2;   /* the shape's bounds */
	double gap, width;       /* between the lines, and their width */
	Color color;
} DrawHatch;

DrawHatch draw_hatch(const SceneItem *it);
/* Line k (0..) of h, from a to b; FALSE when there is no line k. */
gboolean draw_hatch_line(const DrawHatch *h, int k, double a[2], double b[2]);

#endif
