/* draw: paints a scene onto a cairo context, the one place that turns scene
 * items into cairo calls; every backend shares it. */
#ifndef RENDER_DRAW_H
#define RENDER_DRAW_H

#include <cairo.h>
#include "fonts.h"
#include "scene.h"

/* Draws every item of s in order, in points; the caller has set up any scale. */
void draw_scene(cairo_t *cr, const Scene *s, Fonts *fonts);

#endif
