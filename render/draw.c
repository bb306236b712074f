/* draw: scene items to cairo calls; see draw.h. */
#include "draw.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

static void source(cairo_t *cr, Color c)
{
	if (c.a >= 1)
		cairo_set_source_rgb(cr, c.r, c.g, c.b);
	else
		cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

double draw_line_width(const SceneItem *it)
{
	return it->line_width > 0 ? it->line_width : 0.5;
}

gboolean draw_dashes(const SceneItem *it, double dashes[2])
{
	dashes[0] = it->dash;
	dashes[1] = it->dash * 0.75;
	return it->dash > 0;
}

static void stroke_style(cairo_t *cr, const SceneItem *it)
{
	double d[2];
	cairo_set_line_width(cr, draw_line_width(it));
	if (draw_dashes(it, d))
		cairo_set_dash(cr, d, 2, 0);
	else
		cairo_set_dash(cr, NULL, 0, 0);
}

DrawHatch draw_hatch(const SceneItem *it)
{
	DrawHatch h = {.color = it->stroke.a > 0 ? it->stroke : (Color){0, 0, 0, 1}};
	switch (it->kind) {
	case SCENE_CIRCLE:
	case SCENE_SEAT:
		h.x1 = it->cx - it->r, h.y1 = it->cy - it->r;
		h.x2 = it->cx + it->r, h.y2 = it->cy + it->r;
		break;
	case SCENE_PATH:
		h.x1 = h.y1 = G_MAXDOUBLE, h.x2 = h.y2 = -G_MAXDOUBLE;
		for (int k = 0; k < it->npoints; k++) {
			h.x1 = fmin(h.x1, it->points[k].x), h.x2 = fmax(h.x2, it->points[k].x);
			h.y1 = fmin(h.y1, it->points[k].y), h.y2 = fmax(h.y2, it->points[k].y);
		}
		break;
	default:
		h.x1 = it->x, h.y1 = it->y, h.x2 = it->x + it->w, h.y2 = it->y + it->h;
		break;
	}
	double size = fmax(h.x2 - h.x1, h.y2 - h.y1);
	h.gap = fmax(1.2, size / 4.5);
	h.width = fmax(0.25, h.gap * 0.28);
	return h;
}

/* Lines at 45 degrees, from a third of the box before it to past its end. */
gboolean draw_hatch_line(const DrawHatch *h, int k, double a[2], double b[2])
{
	double size = fmax(h->x2 - h->x1, h->y2 - h->y1);
	double d = -size + k * h->gap;
	if (d >= size * 2)
		return FALSE;
	a[0] = h->x1 + d, a[1] = h->y2;
	b[0] = h->x1 + d + (h->y2 - h->y1), b[1] = h->y1;
	return TRUE;
}

/* The hatching of it, clipped to the current path, which it consumes. */
static void hatch(cairo_t *cr, const SceneItem *it)
{
	DrawHatch h = draw_hatch(it);
	double a[2], b[2];
	cairo_save(cr);
	cairo_clip_preserve(cr);
	cairo_new_path(cr);
	for (int k = 0; draw_hatch_line(&h, k, a, b); k++) {
		cairo_move_to(cr, a[0], a[1]);
		cairo_line_to(cr, b[0], b[1]);
	}
	source(cr, h.color);
	cairo_set_line_width(cr, h.width);
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
	/* Hatching takes the stroke colour and replaces the outline (the
	 * clip left no path to stroke; every figure so far was drawn so). */
	if (it->hatch) {
		hatch(cr, it);
	} else if (it->stroke.a > 0) {
		source(cr, it->stroke);
		stroke_style(cr, it);
		cairo_stroke_preserve(cr);
	}
	cairo_new_path(cr);
}

/* A seat drawn plainly: filled, with no outline or hatching. */
static gboolean plain_seat(const SceneItem *it)
{
	return it->kind == SCENE_SEAT && it->fill.a > 0 && it->stroke.a <= 0 && !it->hatch;
}

static int cmp_color(Color a, Color b)
{
	const double x[4] = {a.r, a.g, a.b, a.a}, y[4] = {b.r, b.g, b.b, b.a};
	for (int k = 0; k < 4; k++)
		if (x[k] != y[k])
			return x[k] < y[k] ? -1 : 1;
	return 0;
}

/* Seats by colour and size, then by their place in the scene. */
static int cmp_seats(gconstpointer pa, gconstpointer pb, gpointer items)
{
	const SceneItem *a = &g_array_index((GArray *)items, SceneItem, *(const guint *)pa);
	const SceneItem *b = &g_array_index((GArray *)items, SceneItem, *(const guint *)pb);
	int c = cmp_color(a->fill, b->fill);
	if (c == 0 && a->r != b->r)
		c = a->r < b->r ? -1 : 1;
	if (c == 0)
		c = *(const guint *)pa < *(const guint *)pb ? -1 : 1;
	return c;
}

/* The seats from items[from] up to the first item that is not a seat, and
 * returns that item's index. Seats never overlap, so their order does not
 * show: the plain seats of one colour and size are one path of dots (a
 * zero-length stroke with round caps is a disc), which makes a PDF of
 * thousands of seats several times faster to write than a path each. */
static guint draw_seats(cairo_t *cr, const GArray *items, guint from)
{
	guint end = from;
	GArray *plain = g_array_new(FALSE, FALSE, sizeof(guint));   /* owned */
	for (; end < items->len; end++) {
		const SceneItem *it = &g_array_index(items, SceneItem, end);
		if (it->kind != SCENE_SEAT)
			break;
		if (plain_seat(it)) {
			g_array_append_val(plain, end);
		} else {
			cairo_new_sub_path(cr);
			cairo_arc(cr, it->cx, it->cy, it->r, 0, 2 * G_PI);
			cairo_close_path(cr);
			paint_shape(cr, it);
		}
	}
	g_array_sort_with_data(plain, cmp_seats, (gpointer)items);
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
	cairo_set_dash(cr, NULL, 0, 0);
	for (guint k = 0; k < plain->len; k++) {
		const SceneItem *it = &g_array_index(items, SceneItem, g_array_index(plain, guint, k));
		cairo_move_to(cr, it->cx, it->cy);
		cairo_line_to(cr, it->cx, it->cy);
		const SceneItem *next = k + 1 < plain->len
			? &g_array_index(items, SceneItem, g_array_index(plain, guint, k + 1)) : NULL;
		if (!next || cmp_color(next->fill, it->fill) != 0 || next->r != it->r) {
			source(cr, it->fill);
			cairo_set_line_width(cr, 2 * it->r);
			cairo_stroke(cr);
		}
	}
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	g_array_free(plain, TRUE);
	return end;
}

static void draw_text(cairo_t *cr, const SceneItem *it, Fonts *fonts)
{
	const char *tag = it->role && !strcmp(it->role, "title") ? "H1" : "P";
	cairo_tag_begin(cr, tag, NULL);
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
	cairo_tag_end(cr, tag);
}

void draw_scene(cairo_t *cr, const Scene *s, Fonts *fonts)
{
	cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
	cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
	cairo_tag_begin(cr, "Document", NULL);
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == SCENE_SEAT) {
			i = draw_seats(cr, s->items, i) - 1;
			continue;
		}
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
		case SCENE_SEAT:   /* drawn above */
		case SCENE_CIRCLE:
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
	cairo_tag_end(cr, "Document");
}
