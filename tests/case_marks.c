/* case_marks: the scene checks of a timeline's marks: every mark visible,
 * every legend group on the chart in its legend colour, one time scale
 * along a broken axis; see case.h and tests/cases/README.md. */
#include "case.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *str_member(JsonObject *o, const char *k)
{
	return json_object_has_member(o, k) ? json_object_get_string_member(o, k) : NULL;
}

static double num_member(JsonObject *o, const char *k, double dflt)
{
	return json_object_has_member(o, k) ? json_object_get_double_member(o, k) : dflt;
}

/* A mark a reader must be able to see: a marker dot or shape, or a wedge
 * of a cluster mark. */
static gboolean is_marker(const Item *it)
{
	if (!it->role || !g_str_has_prefix(it->role, "marker"))
		return FALSE;
	return !strcmp(it->type, "circle") ||
	       (!strcmp(it->type, "path") && json_object_get_boolean_member(it->obj, "closed"));
}

/* Squared distance from (px, py) to the segment (ax, ay)-(bx, by). */
static double seg_dist2(double px, double py, double ax, double ay, double bx, double by)
{
	double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
	double t = len2 > 0 ? CLAMP(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;
	double qx = ax + t * dx - px, qy = ay + t * dy - py;
	return qx * qx + qy * qy;
}

static gboolean in_polygon(const double *pts, int n, double x, double y)
{
	gboolean in = FALSE;
	for (int i = 0, j = n - 1; i < n; j = i++) {
		double xi = pts[2 * i], yi = pts[2 * i + 1];
		double xj = pts[2 * j], yj = pts[2 * j + 1];
		if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
			in = !in;
	}
	return in;
}

/* Whether the painted area of item it (fill, stroke or text box) holds
 * the point. */
static gboolean paints(const Item *it, double x, double y)
{
	JsonObject *o = it->obj;
	gboolean filled = str_member(o, "fill") != NULL;
	double half = str_member(o, "stroke") ? num_member(o, "stroke_width", 0) / 2 : 0;
	if (!strcmp(it->type, "text") || !strcmp(it->type, "rect"))
		return x >= it->x - half && x <= it->x + it->w + half && y >= it->y - half &&
		       y <= it->y + it->h + half &&
		       (filled || !strcmp(it->type, "text") || x <= it->x + half ||
		        x >= it->x + it->w - half || y <= it->y + half || y >= it->y + it->h - half);
	if (!strcmp(it->type, "circle") || !strcmp(it->type, "seat")) {
		double d = hypot(x - it->cx, y - it->cy);
		return filled ? d <= it->r + half : fabs(d - it->r) <= half;
	}
	if (!it->pts)
		return FALSE;
	gboolean closed = !strcmp(it->type, "path") && json_object_get_boolean_member(o, "closed");
	if (closed && filled && in_polygon(it->pts, it->npts, x, y))
		return TRUE;
	int nseg = it->npts - 1 + (closed ? 1 : 0);
	for (int k = 0; k < nseg; k++) {
		int k2 = (k + 1) % it->npts;
		if (seg_dist2(x, y, it->pts[2 * k], it->pts[2 * k + 1], it->pts[2 * k2],
		              it->pts[2 * k2 + 1]) <= half * half)
			return TRUE;
	}
	return FALSE;
}

/* Whether the mark m covers the point itself (its own area). */
static gboolean in_mark(const Item *m, double x, double y)
{
	if (!strcmp(m->type, "circle"))
		return hypot(x - m->cx, y - m->cy) <= m->r;
	return in_polygon(m->pts, m->npts, x, y);
}

/* The share of mark m's area that items drawn after it paint over,
 * sampled on a 16 x 16 grid over its box. */
static double covered_share(SceneData *sd, guint mi)
{
	const Item *m = scene_data_item(sd, mi);
	int inside = 0, covered = 0;
	for (int i = 0; i < 16; i++)
		for (int j = 0; j < 16; j++) {
			double x = m->x + (i + 0.5) * m->w / 16, y = m->y + (j + 0.5) * m->h / 16;
			if (!in_mark(m, x, y))
				continue;
			inside++;
			for (guint k = mi + 1; k < sd->items->len; k++) {
				const Item *o = scene_data_item(sd, k);
				if (o->x > m->x + m->w + 2 || o->x + o->w < m->x - 2 ||
				    o->y > m->y + m->h + 2 || o->y + o->h < m->y - 2)
					continue;
				if (paints(o, x, y)) {
					covered++;
					break;
				}
			}
		}
	return inside ? (double)covered / inside : 0;
}

void check_marks_visible(SceneData *sd, double max_share)
{
	int bad = 0, marks = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *m = scene_data_item(sd, i);
		if (!is_marker(m))
			continue;
		marks++;
		double share = covered_share(sd, i);
		if (share > max_share && bad++ < 5)
			case_fail("mark %s (row %d) at %g,%g: %.0f%% of it is covered by later "
			          "items (at most %.0f%%)", m->role, m->row, m->x + m->w / 2,
			          m->y + m->h / 2, 100 * share, 100 * max_share);
	}
	if (!marks)
		case_fail("no marks (items of role marker...)");
}

static double channel(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* WCAG contrast of "#rrggbb" against white. */
static double contrast(const char *hex)
{
	unsigned v = (unsigned)strtoul(hex + 1, NULL, 16);
	double r = channel(((v >> 16) & 255) / 255.0), g = channel(((v >> 8) & 255) / 255.0);
	double b = channel((v & 255) / 255.0);
	return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/* A mark that carries a group's colour: markers, brackets, span bars and
 * legend keys. */
static gboolean is_colored_mark(const Item *it)
{
	if (!it->role || !strcmp(it->type, "text"))
		return FALSE;
	return g_str_has_prefix(it->role, "marker") || !strcmp(it->role, "bracket") ||
	       g_str_has_prefix(it->role, "span") || !strcmp(it->role, "legend-key");
}

void check_marks_contrast(SceneData *sd, double ratio)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (!is_colored_mark(it) || !strcmp(it->role, "span-tie"))
			continue;
		const char *fill = str_member(it->obj, "fill"), *stroke = str_member(it->obj, "stroke");
		double best = MAX(fill ? contrast(fill) : 1, stroke ? contrast(stroke) : 1);
		if (best < ratio && bad++ < 5)
			case_fail("%s %s (row %d): colour %s reaches %.2f:1 on white, expected %g:1",
			          it->type, it->role, it->row, fill ? fill : stroke, best, ratio);
	}
}

/* The group's legend key and every mark of the group are in colour hex
 * ("#rrggbb"): a tint or white fill may go with a stroke in it. */
void check_group_color(SceneData *sd, const char *group, const char *hex)
{
	int keys = 0, bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (!is_colored_mark(it) || g_strcmp0(it->party, group))
			continue;
		keys += !strcmp(it->role, "legend-key");
		const char *fill = str_member(it->obj, "fill"), *stroke = str_member(it->obj, "stroke");
		gboolean ok = (fill && !g_ascii_strcasecmp(fill, hex)) ||
		              (stroke && !g_ascii_strcasecmp(stroke, hex));
		if (!ok && bad++ < 5)
			case_fail("%s %s of %s (row %d) is %s, expected %s", it->type, it->role, group,
			          it->row, fill ? fill : stroke ? stroke : "uncoloured", hex);
	}
	if (!keys)
		case_fail("no legend key of group %s", group);
}

/* The name of a mark's shape, from its outline about its box's centre
 * (tlmarks draws circle, square, triangle, diamond, triangle-down, star,
 * pentagon, hexagon), or NULL for an outline that is none of them. */
static const char *shape_name(const Item *it)
{
	if (!strcmp(it->type, "circle") || it->npts >= 30)
		return "circle";
	double cy = it->y + it->h / 2;
	if (it->npts == 3) {
		int up = 0;
		for (int i = 0; i < 3; i++)
			up += it->pts[2 * i + 1] < cy;
		return up == 1 ? "triangle" : "triangle-down";
	}
	if (it->npts == 4) {
		gboolean level = fabs(it->pts[1] - it->pts[3]) < 1e-3 ||
		                 fabs(it->pts[3] - it->pts[5]) < 1e-3;
		return level ? "square" : "diamond";
	}
	return it->npts == 5 ? "pentagon" : it->npts == 6 ? "hexagon" : it->npts == 10 ? "star"
	                                                                             : NULL;
}

/* A mark drawn whole, not a wedge of a cluster mark: outlined in white, or
 * hollow (white inside its coloured rim). */
static gboolean whole_mark(const Item *it)
{
	const char *fill = str_member(it->obj, "fill"), *stroke = str_member(it->obj, "stroke");
	return (fill && !g_ascii_strcasecmp(fill, "#ffffff")) ||
	       (stroke && !g_ascii_strcasecmp(stroke, "#ffffff"));
}

/* The group's legend key and every whole mark of the group have the shape
 * named (circle, square, triangle, diamond, triangle-down, star, pentagon,
 * hexagon). */
void check_group_shape(SceneData *sd, const char *group, const char *shape)
{
	int keys = 0, bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (g_strcmp0(it->party, group) || !it->role ||
		    (strcmp(it->role, "legend-key") && !(is_marker(it) && whole_mark(it))))
			continue;
		keys += !strcmp(it->role, "legend-key");
		const char *got = shape_name(it);
		if (g_strcmp0(got, shape) && bad++ < 5)
			case_fail("%s of %s (row %d) is a %s, expected a %s", it->role, group, it->row,
			          got ? got : "shape of no name", shape);
	}
	if (!keys)
		case_fail("no legend key of group %s", group);
}

/* Every stretch of the time axis (role axis) states its points per day and
 * days; its length matches them, and all stretches share one scale. */
void check_one_scale(SceneData *sd)
{
	double first = 0;
	int n = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (!it->role || strcmp(it->role, "axis") || !it->pts)
			continue;
		double per_day = num_member(it->obj, "per_day", 0), days = num_member(it->obj, "days", 0);
		double len = hypot(it->pts[2] - it->pts[0], it->pts[3] - it->pts[1]);
		n++;
		if (per_day <= 0 || days <= 0) {
			case_fail("axis stretch %d states no per_day and days", n);
			continue;
		}
		/* The scene rounds ends to 0.001 pt. */
		if (fabs(len - per_day * days) > 0.01 + 1e-4 * len)
			case_fail("axis stretch %d is %g pt long, but %g days at %g pt a day make %g",
			          n, len, days, per_day, per_day * days);
		if (n == 1)
			first = per_day;
		else if (fabs(per_day - first) > 1e-4 * first)
			case_fail("axis stretch %d runs at %g pt a day, stretch 1 at %g: a break "
			          "must not change the scale", n, per_day, first);
	}
	if (!n)
		case_fail("no axis stretch (role axis)");
}

/* Every legend key stands for something on the chart: a mark of its group
 * (its "party"), or for a key without one (other groups) a mark in its
 * colour. */
void check_legend_visible(SceneData *sd)
{
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *k = scene_data_item(sd, i);
		if (!k->role || strcmp(k->role, "legend-key"))
			continue;
		const char *kfill = str_member(k->obj, "fill");
		gboolean found = FALSE;
		for (guint j = 0; j < sd->items->len && !found; j++) {
			const Item *m = scene_data_item(sd, j);
			if (!is_colored_mark(m) || !strcmp(m->role, "legend-key"))
				continue;
			const char *fill = str_member(m->obj, "fill"), *stroke = str_member(m->obj, "stroke");
			found = k->party ? !g_strcmp0(k->party, m->party)
			                 : kfill && ((fill && !strcmp(fill, kfill)) ||
			                             (stroke && !strcmp(stroke, kfill)));
		}
		if (!found)
			case_fail("legend key %s has no mark on the chart", k->party ? k->party : kfill);
	}
}

/* Where an item lies along the axis: its least x (y when vertical). */
static double along(const Item *it, gboolean vertical)
{
	return vertical ? it->y : it->x;
}

/* The axis names a date at or before its first event: its first tick
 * mark lies no later than the centre of the first mark, bracket or bar
 * (tick texts near the page's edge move inwards, their tick marks stay),
 * give or take 3 pt, as far as crowded marks are spread apart. */
void check_first_tick(SceneData *sd)
{
	gboolean vertical = FALSE;
	double tick = INFINITY, mark = INFINITY;
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (it->role && !strcmp(it->role, "axis") && it->pts)
			vertical = fabs(it->pts[0] - it->pts[2]) < 1e-6;
	}
	for (guint i = 0; i < sd->items->len; i++) {
		const Item *it = scene_data_item(sd, i);
		if (!it->role)
			continue;
		if (!strcmp(it->role, "tick-mark"))
			tick = fmin(tick, along(it, vertical));
		else if (is_colored_mark(it) && strcmp(it->role, "legend-key"))
			mark = fmin(mark, along(it, vertical) + (vertical ? it->h : it->w) / 2);
	}
	if (isfinite(mark) && tick > mark + 3)
		case_fail("the first tick is at %g, after the first mark at %g: the axis "
		          "names no date before its first event", tick, mark);
}
