/* scene: plain geometry and its JSON form; see scene.h. */
#include "scene.h"

#include <math.h>
#include <string.h>

Scene *scene_new(double width, double height)
{
	Scene *s = g_new0(Scene, 1);
	s->width = width;
	s->height = height;
	s->items = g_array_new(FALSE, TRUE, sizeof(SceneItem));
	s->left_out = g_array_new(FALSE, FALSE, sizeof(SceneLeftOut));
	s->panel = -1;
	return s;
}

void scene_free(Scene *s)
{
	if (!s)
		return;
	for (guint i = 0; i < s->items->len; i++) {
		SceneItem *it = scene_item(s, i);
		g_free(it->points);
		g_free(it->text);
		g_free(it->party);
	}
	g_array_free(s->items, TRUE);
	g_array_free(s->left_out, TRUE);
	g_free(s->title);
	g_free(s->desc);
	g_free(s);
}

static SceneItem *add(Scene *s, SceneKind kind, const char *role)
{
	SceneItem it = {0};
	it.kind = kind;
	it.role = role;
	it.panel = s->panel;
	g_array_append_val(s->items, it);
	return scene_item(s, s->items->len - 1);
}

void scene_set_panel(Scene *s, int panel)
{
	s->panel = panel;
}

void scene_shift(Scene *s, guint from, guint to, double dy)
{
	for (guint i = from; i < MIN(to, s->items->len); i++) {
		SceneItem *it = scene_item(s, i);
		it->y += dy;
		it->y1 += dy;
		it->y2 += dy;
		it->cy += dy;
		for (int k = 0; k < it->npoints; k++)
			it->points[k].y += dy;
	}
}

void scene_leave_out(Scene *s, int row, const char *reason)
{
	SceneLeftOut l = {.row = row, .reason = reason};
	g_array_append_val(s->left_out, l);
}

void scene_leave_out_ranked(Scene *s, const SceneLeftOut *l)
{
	g_array_append_val(s->left_out, *l);
}

SceneItem *scene_text(Scene *s, const char *role, const char *text,
                      const TextStyle *style, double x, double y, double w,
                      double h, Color color)
{
	SceneItem *it = add(s, SCENE_TEXT, role);
	it->text = g_strdup(text);
	it->style = *style;
	it->x = x, it->y = y, it->w = w, it->h = h;
	it->fill = color;
	return it;
}

SceneItem *scene_line(Scene *s, const char *role, double x1, double y1,
                      double x2, double y2, double width, Color color)
{
	SceneItem *it = add(s, SCENE_LINE, role);
	it->x1 = x1, it->y1 = y1, it->x2 = x2, it->y2 = y2;
	it->line_width = width;
	it->stroke = color;
	return it;
}

SceneItem *scene_rect(Scene *s, const char *role, double x, double y, double w,
                      double h, Color fill, Color stroke, double stroke_width)
{
	SceneItem *it = add(s, SCENE_RECT, role);
	it->x = x, it->y = y, it->w = w, it->h = h;
	it->fill = fill;
	it->stroke = stroke;
	it->line_width = stroke_width;
	return it;
}

SceneItem *scene_circle(Scene *s, const char *role, double cx, double cy,
                        double r, Color fill, Color stroke, double stroke_width)
{
	SceneItem *it = add(s, SCENE_CIRCLE, role);
	it->cx = cx, it->cy = cy, it->r = r;
	it->fill = fill;
	it->stroke = stroke;
	it->line_width = stroke_width;
	return it;
}

SceneItem *scene_path(Scene *s, const char *role, const ScenePoint *points,
                      int npoints, gboolean closed, Color fill, Color stroke,
                      double stroke_width)
{
	SceneItem *it = add(s, SCENE_PATH, role);
	it->points = g_memdup2(points, sizeof *points * (gsize)npoints);
	it->npoints = npoints;
	it->closed = closed;
	it->fill = fill;
	it->stroke = stroke;
	it->line_width = stroke_width;
	return it;
}

SceneItem *scene_seat(Scene *s, const char *party, double cx, double cy,
                      double r, Color fill, Color stroke, double stroke_width)
{
	SceneItem *it = add(s, SCENE_SEAT, "seat");
	it->party = g_strdup(party);
	it->cx = cx, it->cy = cy, it->r = r;
	it->fill = fill;
	it->stroke = stroke;
	it->line_width = stroke_width;
	return it;
}

/* Numbers rounded to 0.001 pt and printed without locale, so the JSON is the
 * same on every machine; -0 is printed as 0. */
static void num(GString *out, double v)
{
	double r = round(v * 1000.0) / 1000.0;
	if (r == 0 || !isfinite(r))
		r = 0;
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.3f", r));
	/* trim trailing zeros: 12.500 -> 12.5, 3.000 -> 3 */
	while (out->len && out->str[out->len - 1] == '0')
		g_string_truncate(out, out->len - 1);
	if (out->len && out->str[out->len - 1] == '.')
		g_string_truncate(out, out->len - 1);
}

static void str(GString *out, const char *s)
{
	g_string_append_c(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		/* Word joiners (U+2060) only steer line breaks: leave them out, so
		 * a label reads in the JSON exactly as it was written. */
		if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0xa0) {
			p += 2;
			continue;
		}
		switch (*p) {
		case '"': g_string_append(out, "\\\""); break;
		case '\\': g_string_append(out, "\\\\"); break;
		case '\n': g_string_append(out, "\\n"); break;
		case '\r': g_string_append(out, "\\r"); break;
		case '\t': g_string_append(out, "\\t"); break;
		default:
			if (*p < 0x20)
				g_string_append_printf(out, "\\u%04x", *p);
			else
				g_string_append_c(out, (char)*p);
		}
	}
	g_string_append_c(out, '"');
}

static void field(GString *out, const char *name, double v)
{
	g_string_append_printf(out, ", \"%s\": ", name);
	num(out, v);
}

static void color(GString *out, const char *name, Color c)
{
	if (c.a <= 0)
		return;
	int r = (int)lround(c.r * 255), g = (int)lround(c.g * 255),
	    b = (int)lround(c.b * 255);
	g_string_append_printf(out, ", \"%s\": \"#%02x%02x%02x\"", name, r, g, b);
	if (c.a < 1)
		field(out, "opacity", c.a);
}

static const char *kind_name(SceneKind k)
{
	switch (k) {
	case SCENE_TEXT: return "text";
	case SCENE_LINE: return "line";
	case SCENE_RECT: return "rect";
	case SCENE_CIRCLE: return "circle";
	case SCENE_PATH: return "path";
	case SCENE_SEAT: return "seat";
	}
	return "unknown";
}

static void text_lines_json(GString *out, const SceneItem *it, TextMeasurer *tm)
{
	char **lines = text_lines(tm, it->text, &it->style);
	g_string_append(out, ", \"lines\": [");
	for (int k = 0; lines[k]; k++) {
		if (k)
			g_string_append(out, ", ");
		str(out, lines[k]);
	}
	g_string_append_c(out, ']');
	g_strfreev(lines);
}

/* The rows the figure leaves out, each with its reason. */
static void left_out_json(GString *out, const Scene *s)
{
	for (guint i = 0; i < s->left_out->len; i++) {
		const SceneLeftOut *l = &g_array_index(s->left_out, SceneLeftOut, i);
		g_string_append_printf(out, "%s{\"row\": %d, \"reason\": ", i ? ", " : "", l->row);
		str(out, l->reason);
		if (l->ranked) {
			field(out, "priority", l->priority);
			g_string_append_printf(out, ", \"tried\": %s", l->tried ? "true" : "false");
		}
		if (l->counted_in > 0)
			g_string_append_printf(out, ", \"counted_in\": %d", l->counted_in);
		g_string_append_c(out, '}');
	}
}

/* One item's members, after its opening brace. */
static void item_json(GString *out, const SceneItem *it, TextMeasurer *tm)
{
	g_string_append_printf(out, "\"type\": \"%s\"", kind_name(it->kind));
	if (it->role) {
		g_string_append(out, ", \"role\": ");
		str(out, it->role);
	}
	switch (it->kind) {
	case SCENE_TEXT:
		g_string_append(out, ", \"text\": ");
		str(out, it->text);
		if (tm)
			text_lines_json(out, it, tm);
		/* text has a box like a rect */
		G_GNUC_FALLTHROUGH;
	case SCENE_RECT:
		field(out, "x", it->x), field(out, "y", it->y);
		field(out, "w", it->w), field(out, "h", it->h);
		if (it->kind == SCENE_TEXT)
			field(out, "size", it->style.size);
		break;
	case SCENE_LINE:
		field(out, "x1", it->x1), field(out, "y1", it->y1);
		field(out, "x2", it->x2), field(out, "y2", it->y2);
		break;
	case SCENE_SEAT:
		g_string_append(out, ", \"party\": ");
		str(out, it->party ? it->party : "");
		G_GNUC_FALLTHROUGH;
	case SCENE_CIRCLE:
		field(out, "cx", it->cx), field(out, "cy", it->cy);
		field(out, "r", it->r);
		break;
	case SCENE_PATH:
		g_string_append(out, ", \"points\": [");
		for (int k = 0; k < it->npoints; k++) {
			g_string_append(out, k ? ", [" : "[");
			num(out, it->points[k].x);
			g_string_append(out, ", ");
			num(out, it->points[k].y);
			g_string_append_c(out, ']');
		}
		g_string_append_printf(out, "], \"closed\": %s",
		                       it->closed ? "true" : "false");
		break;
	}
	color(out, it->kind == SCENE_TEXT ? "color" : "fill", it->fill);
	color(out, "stroke", it->stroke);
	if (it->stroke.a > 0)
		field(out, "stroke_width", it->line_width);
	if (it->party && it->kind != SCENE_SEAT) {   /* legend items, bars */
		g_string_append(out, ", \"party\": ");
		str(out, it->party);
	}
	if (it->hatch)
		g_string_append(out, ", \"hatch\": true");
	if (it->per_day > 0) {
		/* Six digits: a century-long axis has a few thousandths of a
		 * point per day, which 0.001 pt rounding would blur. */
		char buf[G_ASCII_DTOSTR_BUF_SIZE];
		g_string_append_printf(out, ", \"per_day\": %s",
		                       g_ascii_formatd(buf, sizeof buf, "%.6g", it->per_day));
		g_string_append_printf(out, ", \"days\": %s",
		                       g_ascii_formatd(buf, sizeof buf, "%.6g", it->days));
	}
	if (it->row > 0)
		g_string_append_printf(out, ", \"row\": %d", it->row);
	if (it->ranked)
		field(out, "priority", it->priority);
	if (it->panel >= 0)
		g_string_append_printf(out, ", \"panel\": %d", it->panel);
}

char *scene_to_json(const Scene *s, TextMeasurer *tm)
{
	GString *out = g_string_sized_new(256 + s->items->len * 96);
	g_string_append(out, "{\"page\": {\"width\": ");
	num(out, s->width);
	g_string_append(out, ", \"height\": ");
	num(out, s->height);
	g_string_append_printf(out, "},\n\"hidden\": %d,\n\"left_out\": [", s->hidden);
	left_out_json(out, s);
	g_string_append(out, "],\n\"items\": [");
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		g_string_append(out, i ? ",\n{" : "\n{");
		item_json(out, it, tm);
		g_string_append_c(out, '}');
	}
	g_string_append(out, "\n]}\n");
	return g_string_free(out, FALSE);
}
