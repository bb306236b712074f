/* draw: scene items to cairo calls; see draw.h. */
#include "draw.h"

#include <math.h>
#include <pango/pangocairo.h>

static void source(cairo_t *cr, Color c)
{
	if (c.a >= 1)
		cairo_set_source_rgb(cr, c.r, c.g, c.b);
	else
		cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

static void stroke_style(cairo_t *cr, const SceneItem *it)
{
	cairo_set_line_width(cr, it->line_width > 0 ? it->line_width : 0.5);
	if (it->dash > 0) {
		double d[2] = {it->dash, it->dash * 0.75};
		cairo_set_dash(cr, d, 2, 0);
	} else {
		cairo_set_dash(cr, NULL, 0, 0);
	}
}

/* Diagonal lines over the current path's extents, clipped to it. */
static void hatch(cairo_t *cr, const SceneItem *it)
{
	double x1, y1, x2, y2;
	cairo_save(cr);
	cairo_clip_preserve(cr);
	cairo_fill_extents(cr, &x1, &y1, &x2, &y2);
	cairo_new_path(cr);
	double size = fmax(x2 - x1, y2 - y1);
	double gap = fmax(1.2, size / 4.5);
	for (double d = -size; d < size * 2; d += gap) {
		cairo_move_to(cr, x1 + d, y2);
		cairo_line_to(cr, x1 + d + (y2 - y1), y1);
	}
	source(cr, it->stroke.a > 0 ? it->stroke : (Color){0, 0, 0, 1});
	cairo_set_line_width(cr, fmax(0.25, gap * 0.28));
	cairo_set_dash(cr, NULL, 0, 0);
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void paint_shape(cairo_t *cr, const SceneItem *it)
{
	if (it->fill.a > 0) {
		source(cr, it->fill);
		cairo_fill_preserve(cr);
	}
	if (it->hatch)
		hatch(cr, it);
	if (it->stroke.a > 0) {
		source(cr, it->stroke);
		stroke_style(cr, it);
		cairo_stroke_preserve(cr);
	}
	cairo_new_path(cr);
}

static void draw_text(cairo_t *cr, const SceneItem *it, Fonts *fonts)
{
	PangoLayout *layout = fonts_layout(fonts, it->text, &it->style);
	PangoRectangle logical;
	pango_layout_get_extents(layout, NULL, &logical);
	/* The scene box is the logical box; place the layout so they coincide. */
	cairo_move_to(cr, it->x - (double)logical.x / PANGO_SCALE,
	              it->y - (double)logical.y / PANGO_SCALE);
	source(cr, it->fill.a > 0 ? it->fill : (Color){0, 0, 0, 1});
	pango_cairo_show_layout(cr, layout);
	cairo_new_path(cr);
	g_object_unref(layout);
}

void draw_scene(cairo_t *cr, const Scene *s, Fonts *fonts)
{
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		switch (it->kind) {
		case SCENE_TEXT:
			draw_text(cr, it, fonts);
			break;
		case SCENE_LINE:
			cairo_move_to(cr, it->x1, it->y1);
			cairo_line_to(cr, it->x2, it->y2);
			paint_shape(cr, it);
			break;
		case SCENE_RECT:
			cairo_rectangle(cr, it->x, it->y, it->w, it->h);
			paint_shape(cr, it);
			break;
		case SCENE_CIRCLE:
		case SCENE_SEAT:
			cairo_new_sub_path(cr);
			cairo_arc(cr, it->cx, it->cy, it->r, 0, 2 * G_PI);
			cairo_close_path(cr);
			paint_shape(cr, it);
			break;
		case SCENE_PATH:
			for (int k = 0; k < it->npoints; k++)
				(k ? cairo_line_to : cairo_move_to)(cr, it->points[k].x,
				                                    it->points[k].y);
			if (it->closed)
				cairo_close_path(cr);
			cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
			paint_shape(cr, it);
			cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
			break;
		}
	}
}
